"""Mining by the conversation's structure (issue 14): implicit corrections and false ones in every session
format, a declined offer, re-ingest after a rule change, and the classifier's second opinion (stand-in).

The sessions here are this file's own small examples, not the bench corpus (bench/mining_corpus)."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest
from _ollama_helpers import base_gguf

from timmyd import config
from timmyd.ingest import classify, mining
from timmyd.ingest import rules as rules_module
from timmyd.ingest.pipeline import ingest_paths
from timmyd.ledger.store import Ledger
from timmyd.ollama.standin.server import StandIn

SYSTEM = "You are Timmy, the owner's assistant on their Mac."
THINK = "<think>\n\n</think>\n"

# --- the owner's own small sessions, one per kind -----------------------------------------------------
# (kind, turns): the turns alternate user / assistant; after the follow-up under test comes the assistant's
# answer to it, then the owner accepts and the assistant closes. A correction's pair is
# (prompt ends with turn 0, rejected = turn 1, chosen = turn 3); a false correction gives no pair.

RATE = ("Exchange rates move every few seconds while markets are open, driven by interest-rate expectations, "
        "trade flows and risk appetite. For euro to yen the main drivers are the ECB and the Bank of Japan's policy "
        "gap. Your bank, a card provider or an exchange bureau will all quote a different rate with a different "
        "margin, so it's worth checking a mid-market source such as XE or your bank's app before you buy currency.")
LASAGNE = ("Here's a showstopper: make fresh egg pasta sheets, a slow-cooked ragù of porcini and chestnut mushrooms "
           "finished with truffle oil, a béchamel infused with bay and nutmeg, and layers of smoked scamorza. Rest the "
           "dough for an hour, roll it to setting 7 and blanch each sheet for 30 seconds before assembling.")
CORRECTIONS = {
    "repeat_narrow": ["what's the euro to yen exchange rate today, roughly?", RATE,
                      "roughly what's the rate. one number", "About 162 yen to the euro today.",
                      "thanks", "You're welcome."],
    "echo": ["give me a vegetarian lasagne recipe, nothing fancy", LASAGNE,
             "'nothing fancy' - remember?",
             "Soften an onion, add a tin of lentils and a jar of passata; layer with dried sheets and ricotta, "
             "top with mozzarella, bake 40 minutes at 190 °C.", "making it tonight", "Enjoy it."],
    "instead": ["how do I find which folders take the most space in my home directory?",
                "You can use a disk analyser app such as DaisyDisk or GrandPerspective: point it at your home folder "
                "and it draws a map of what takes the space, so you can click through the biggest blocks.",
                "rather than an app, tell me the terminal command",
                "`du -sh ~/* | sort -h | tail` lists the ten biggest folders in your home directory.",
                "perfect", "👍"],
    "reject_approach": ["how can I run this little flask app on my old laptop as a service?",
                        "The cleanest way is Docker: write a Dockerfile based on python:3.12-slim, build the image and "
                        "run it with `docker run -d --restart unless-stopped -p 5000:5000 myapp`.",
                        "I can't use docker on that laptop. something that runs natively?",
                        "Use a systemd unit: ExecStart=/usr/bin/python3 /opt/app/app.py, Restart=always, then "
                        "`sudo systemctl enable --now flaskapp` runs the flask app as a service.",
                        "works, cheers", "Good."],
    "partial": ["write a one-line awk command that prints the second column of data.csv",
                "awk '{print $2}' data.csv",
                "closer to what I need, but it still splits on spaces instead of commas",
                "awk -F, '{print $2}' data.csv", "that did it", "Nice."],
    # round 2: a plain grant, then a statement of what is still off (no critique word)
    "partial_plain_grant": ["make the header sticky on my blog", "```css\nheader { position: sticky; }\n```",
                            "looks great, but the menu slides behind the hero image when I scroll",
                            "```css\nheader { position: sticky; top: 0; z-index: 10; }\n```\nThe z-index keeps the sticky "
                            "header and its menu above the hero image when you scroll.", "sorted", "🎉"],
    # a limit on the answer's size, and a fragment naming the answer's form, after a long reply
    "size_limit": ["what's the difference between a stock and a bond", RATE.replace("Exchange rates", "Prices"),
                   "3 bullet points tops", "- a stock is a share of a company\n- a bond is a loan to it\n- bonds pay "
                   "fixed interest, stocks don't", "ideal", "👍"],
    "answer_form": ["how long does a passport renewal take at the moment?", RATE.replace("Exchange rates", "Waiting times"),
                    "in weeks. a number", "About 3 weeks for a passport renewal right now.", "ok ta", "👍"],
    # what the owner does not want, without a "wrong" word
    "unwanted": ["how do I keep my mac awake during a long download?",
                 "Buy Amphetamine from the App Store and switch it on from the menu bar; it keeps the mac awake.",
                 "I don't want to pay for an app for this. built into macOS?",
                 "Built in: run `caffeinate -i` in Terminal and the mac stays awake until you press Ctrl+C.",
                 "nice", "👍"],
    # "too" + any adjective, in another language
    "other_language": ["écris un mot pour dire à Julie que je serai en retard", "Madame, je me permets de vous informer que "
                       "mon arrivée sera retardée. Veuillez agréer mes salutations distinguées.",
                       "beaucoup trop guindé, c'est ma sœur", "Julie, j'arrive avec 20 min de retard, désolé !",
                       "parfait", "👍"],
    # a complaint of the owner's own, negated, reports it fixed: the fix is chosen, not rejected
    "complaint_fixed": ["list customers who ordered in 2025 but not in 2026", "SELECT c.name FROM customers c JOIN orders o "
                        "ON o.customer_id = c.id WHERE o.year = 2025",
                        "that doesn't leave out the repeat buyers who also ordered in 2026",
                        "SELECT DISTINCT c.name FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.year = 2025 "
                        "AND c.id NOT IN (SELECT customer_id FROM orders WHERE year = 2026)",
                        "37 rows, no repeat buyers. thanks", "Good."],
    # round 3 (each a relation, not a phrase): the reply brought back what the request excluded, and the owner
    # names it
    "exclusion_broken": ["three weeknight desserts for friday, no nuts please, a guest is allergic",
                         "1. Almond and pistachio cake with crushed nuts on top (40 min)\n2. Lemon posset (15 min)\n"
                         "3. Banana bread with chopped walnuts (60 min)",
                         "the cake is covered in nuts",
                         "1. Chocolate mousse (20 min)\n2. Lemon posset (15 min)\n3. Baked apples with cinnamon (40 min)",
                         "great", "👍"],
    # a negated echo of what the reply's body did, although the reply ends on an offer
    "offer_body_rejected": ["how do I back up my photos folder to the external drive every night?",
                            "Time Machine is the simplest: open System Settings, choose Time Machine, add the external "
                            "drive and it backs up the whole mac every hour. I can also show you how to exclude folders "
                            "from the backup if you like.",
                            "not time machine. a plain copy of the one folder",
                            "`rsync -a ~/Pictures/Photos/ /Volumes/Backup/Photos/` in a nightly cron line copies just "
                            "that folder to the external drive.", "perfect", "👍"],
    # a comparative grant whose "but" comes a clause later
    "later_but": ["make a bar chart of monthly sales in matplotlib", "plt.bar(df.month, df.sales)",
                  "better, the labels fit at least, but the bars come out in alphabetical order",
                  "plt.bar(df.month, df.sales) after df = df.sort_values('month_number'), so the bars follow the "
                  "calendar.", "lovely", "👍"],
    # a number word and a hyphenated word of the request, asked for again after a long reply
    "number_words": ["write a three-line poem about my cat sleeping in the sun", LASAGNE.replace("Here's", "Here is"),
                     "3 lines", "Warm stripe of sun,\nmy cat pours into it,\nslow as honey.", "aww", "🐈"],
    # a short constraint after a long reply, answered by a shorter fresh answer
    "narrowing_statement": ["ideas for a birthday present for my dad?",
                            "Some birthday present ideas for a dad: a good whisky or a whisky tasting, a framed family "
                            "photo, a cooking class, concert tickets for a band he loves, a smart watch, a book by his "
                            "favourite author, a personalised wallet, a weekend away, a gardening set or a subscription "
                            "box for coffee, beer or socks. Think about what he does in his spare time.",
                            "he's really into cycling these days",
                            "Cycling birthday present ideas for your dad: good bike lights, a saddle bag, a cycling computer or a "
                            "voucher for a bike service at his local shop.", "the lights then", "Good choice."],
}
DECLINE_OFFER = ["remind me how to undo the last git commit but keep the changes",
                 "`git reset --soft HEAD~1` moves the branch back one commit and keeps your changes staged. "
                 "Want me to show how to unstage them as well?",
                 "No, that's all I needed", "OK.", "thanks", "Anytime."]
NOT_CORRECTIONS = {
    "decline_offer": DECLINE_OFFER,
    "new_task": ["how many tablespoons in a quarter cup?", "Four tablespoons.",
                 "unrelated question: how do I flush the DNS cache on a Mac?",
                 "`sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder`", "ta", "👍"],
    "followup": ["write a cron line that runs ~/bin/backup.sh at 2am every night",
                 "`0 2 * * * ~/bin/backup.sh`", "and how would I make it run every hour instead of nightly?",
                 "`0 * * * * ~/bin/backup.sh`", "great", "👍"],
    "clarify_answer": ["set up a timer that cleans my downloads folder every week",
                       "Do you want it as a cron job or a systemd timer?", "a systemd timer, not cron",
                       "Create ~/.config/systemd/user/clean.timer with OnCalendar=weekly and a matching clean.service, "
                       "then `systemctl --user enable --now clean.timer`.", "done, thanks", "👍"],
    "acceptance": ["what's the shortcut to lock my screen on a mac?", "Ctrl+Cmd+Q locks the screen.",
                   "perfect, exactly what I wanted", "👍", "and to put it to sleep?", "Option+Cmd+Eject."],
    # round 2: a reply to a closing turn answered no request; what follows it starts anew
    "closer_then_new_task": ["how many grams in an ounce?", "About 28.35 grams.", "cheers", "Any time!",
                             "no more cooking maths tonight, promise. could you recommend a podcast about space?",
                             "Try 'Planetary Radio' or NASA's 'Houston We Have a Podcast'.", "ooh thanks", "🚀"],
    # a topic closed, then a request that shares nothing with it, after a full answer
    "topic_closed": ["how do I squash my last three commits?", "Run `git rebase -i HEAD~3`, mark the second and third "
                     "commits as `squash`, save, then edit the combined message. Don't squash commits you already pushed.",
                     "no more git for today. can you suggest a name for my new kitten?", "How about Pixel or Biscuit?",
                     "Biscuit it is", "🐱"],
    # round 3: an acknowledgement and a report, then the next step ("now I want ...") is more work, not a correction
    "next_step": ["how do I undo my last commit but keep the changes?", "`git reset --soft HEAD~1` undoes the commit "
                  "and keeps its changes staged.", "ok ran it. now I want to push those changes to a new branch",
                  "`git switch -c rest && git commit -am 'rest' && git push -u origin rest`", "ta", "👍"],
    # a statement that asks nothing, answered by a pleasantry: what follows starts anew ("Actually, ...?")
    "statement_closer": ["what's a good bulk rise time for sourdough at 20 °C?", "About 8 to 10 hours at 20 °C, until "
                         "the dough has grown by about half and has bubbles on the sides.", "dough's in the fridge now",
                         "Good luck!", "Actually, how can I tell when a loaf is overproofed? it's my first sourdough bake",
                         "If a floured finger dent doesn't spring back at all, it's overproofed.", "thanks", "👍"],
    # the reply ends on an offer and the owner declines it in words of the offer only
    "offer_declined_in_its_words": ["how do I back up my photos folder to the external drive every night?",
                                    "Add `0 2 * * * rsync -a ~/Pictures/Photos/ /Volumes/Backup/Photos/` to your crontab. "
                                    "If the drive is not always plugged in, I can walk you through a launchd job that "
                                    "waits for it too.", "ran it, all copied. no need for the launchd stuff",
                                    "Fine, enjoy.", "ta", "👍"],
}
FORMATS = ["hermes_json", "gateway", "chatlog", "hermes_export", "sharegpt"]


def write_session(folder: Path, fmt: str, name: str, turns: list[str]) -> Path:
    """One session in one of the five export formats timmyd reads."""
    roles = ["user" if i % 2 == 0 else "assistant" for i in range(len(turns))]
    msgs = [{"role": r, "content": t} for r, t in zip(roles, turns, strict=True)]
    lines: list[dict]
    if fmt == "hermes_json":
        path = folder / f"session_{name}.json"
        path.write_text(json.dumps({"session_id": name, "system_prompt": SYSTEM, "messages": msgs}))
        return path
    if fmt == "gateway":
        path, lines = folder / f"{name}.jsonl", [{"role": "session_meta", "system_prompt": SYSTEM}, *msgs]
    elif fmt == "chatlog":
        lines = [{"type": "message", "role": "timmy" if r == "assistant" else r, "content": t}
                 for r, t in zip(roles, turns, strict=True)]
        lines.insert(1, {"type": "decision", "decision": "answer directly"})
        path = folder / f"session_{name}.jsonl"
    elif fmt == "hermes_export":
        path, lines = folder / f"hermes_export_{name}.jsonl", [{"id": name, "messages": msgs}]
    else:
        conv = [{"from": "system", "value": SYSTEM}] + [
            {"from": "human" if r == "user" else "gpt", "value": t if r == "user" else THINK + t}
            for r, t in zip(roles, turns, strict=True)]
        path, lines = folder / f"trajectories_{name}.jsonl", [{"conversations": conv}]
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    return path


def _mined(led: Ledger) -> dict[str, list]:
    out: dict[str, list] = {}
    for row, p in zip(led.pair_rows(), led.pairs(), strict=True):
        out.setdefault(Path(row["source_file"]).name, []).append(p)
    return out


@pytest.fixture(scope="module")
def mined_by_format(tmp_path_factory):
    """Every example written in every format, each format ingested once: {format: {kind: [pairs]}}."""
    out = {}
    for fmt in FORMATS:
        root = tmp_path_factory.mktemp(fmt)
        folder = root / "exports"
        folder.mkdir()
        names = {kind: write_session(folder, fmt, kind, turns).name
                 for kind, turns in {**CORRECTIONS, **NOT_CORRECTIONS}.items()}
        with Ledger.open(root / "state") as led:
            res = ingest_paths([folder], led, config.Config())
            assert res.quarantined == 0
            got = _mined(led)
        out[fmt] = {kind: got.get(name, []) for kind, name in names.items()}
    return out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(CORRECTIONS))
def test_each_kind_of_implicit_correction_gives_its_pair(mined_by_format, kind, fmt):
    turns = CORRECTIONS[kind]
    (pair,) = mined_by_format[fmt][kind]
    assert (pair.last_user, pair.rejected, pair.chosen) == (turns[0], turns[1], turns[3])
    has_system = fmt not in ("hermes_export", "chatlog")  # those two carry no system prompt
    assert [m.role for m in pair.prompt] == ["system", "user"] if has_system else ["user"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(NOT_CORRECTIONS))
def test_each_kind_of_false_correction_gives_no_pair(mined_by_format, kind, fmt):
    assert mined_by_format[fmt][kind] == []


def test_a_closer_is_never_rejected_and_the_new_request_anchors_the_next_pair(tmp_path):
    """"thx" - "Sure." - "no more X. can you ...": the closing reply answered nothing, so the turn after it is a new
    task, and the correction that follows belongs to that new request (round 1 took it for a correction of
    "Sure." and shifted the next pair onto the wrong prompt and chosen reply)."""
    turns = ["what temperature for roast potatoes?", "200 °C fan, about 45 minutes, turning once.", "thx", "Sure.",
             "no more food questions today. can you suggest a short name for my hiking club newsletter?",
             "Here are some ideas for your hiking club newsletter: 1. Trail Talk, a friendly and inviting name; "
             "2. The Summit Scoop, playful and memorable; 3. Boots & Blisters, humorous; 4. Ridge Notes; "
             "5. The Switchback, which nods to winding mountain paths and to the club's changing routes.",
             "one name, like I asked", "Cairn.", "love it", "🥾"]
    for fmt in ("chatlog", "hermes_export"):
        folder = tmp_path / fmt
        folder.mkdir()
        write_session(folder, fmt, "closer", turns)
        with Ledger.open(tmp_path / f"state-{fmt}") as led:
            ingest_paths([folder], led, config.Config())
            (pair,) = led.pairs()
        assert (pair.last_user, pair.rejected, pair.chosen) == (turns[4], turns[5], turns[7])


# --- the same rules, turn by turn ---------------------------------------------------------------------

@pytest.mark.parametrize("follow, reply, asked, next_reply, expected", [
    # implicit corrections: no "wrong" word, the structure says it
    ("the oldest one. which is it", "The WD is a Red from the NAS days, the Seagate came with the iMac and the "
     "Samsung T7 is the small SSD; all three are fine for Time Machine and each holds about 2 TB of backups.",
     "which of my three backup drives is oldest? the WD, the Seagate or the Samsung", "The WD (2016).", True),
    ("PLAIN text please", "**Summary**\n\n- point one\n- point two", "summarise this in plain text: ...",
     "Point one, then point two.", True),
    ("I wanted the shell command, not a python script", "import os\nfor f in os.listdir('.'): print(f)",
     "how do I list files by size?", "`ls -lS`", True),
    ("no spreadsheet please, I do everything in the terminal", "Open the CSV in Numbers and use a pivot table.",
     "how do I total column 3 of sales.csv?", "`awk -F, '{s+=$3} END {print s}' sales.csv`", True),
    # a negated echo of the reply's proposal, or of the request's own word
    ("I'm not installing anything from the app store for this", "Install Amphetamine from the App Store and switch "
     "it on from the menu bar.", "how do I keep my mac awake during a download?", "Run `caffeinate -d` in Terminal "
     "to keep the mac awake until you press Ctrl+C.", True),
    ("forty minutes isn't quick", "Roast the squash for 40 minutes, then blend it with stock.", "a quick soup?",
     "Tinned tomatoes, a stock cube and a splash of cream, blended hot: a quick soup in 10 minutes.", True),
    ("better, but the dates are still in US format", "Meeting notes, 03/04/2026: ...", "tidy up these notes",
     "Meeting notes, 4 March 2026: ...", True),
    ("good start - though the intro still repeats the title", "Title\n\nIn this post, Title ...", "draft a post",
     "Title\n\nA shorter intro ...", True),
    # false corrections
    ("No, leave it", "Done. Shall I also delete the old copies?", "copy the photos to the NAS", "OK.", False),
    ("nope, not needed", "Here it is. I can also add error handling if you like.", "write the loop", "Sure.", False),
    ("different topic: what's a good tyre pressure for a road bike?", "Done.", "rename the files",
     "About 80-100 psi depending on weight.", False),
    ("nice, now can you make it run every hour?", "`0 2 * * * ~/bin/b.sh`", "cron line for 2am",
     "`0 * * * * ~/bin/b.sh`", False),
    ("no idea, whatever ships with ubuntu 22.04", "Which version of Python are you on?", "my script fails",
     "That's 3.10, so use match statements freely.", False),
    ("ha, didn't know the salt was that low", "500 g flour, 325 g water, 10 g salt, 3 g yeast.",
     "pizza dough ratio?", "About 2 % of the flour.", False),
    # round 2: a plain grant needs the next reply to take the request up again
    ("great, but it's late here, I'll try it tomorrow", "Add `@media (prefers-color-scheme: dark)` to the stylesheet and "
     "swap the colours inside it.", "make my site dark mode", "Sounds good, good luck!", False),
    ("not python - it has to run in the browser", "import re\nprint(re.findall(r'\\S+@\\S+', page))",
     "get the emails out of my page", "In the browser: `document.body.innerHTML.match(/\\S+@\\S+/g)`.", True),
    ("not urgent, whenever you get to it", "I'll check the logs after the backup.", "check the logs", "OK.", False),
    ("can you also add the totals?", "SELECT name FROM customers", "customers who ordered", "SELECT name, SUM(x) ...", False),
    ("the list is way too salesy for a school newsletter", "Unlock AMAZING savings at our bake sale!!!",
     "write a line about the bake sale", "Bake sale on Saturday at 10, in the hall.", True),
    ("oh that's too funny", "He was outstanding in his field.", "tell me a joke", "Glad you liked it!", False),
    ("c'est trop bien, merci", "Salut Paul, je serai en retard.", "écris un mot pour Paul", "Avec plaisir !", False),
    ("I don't want to bother you, but what's a good name for a cat?", "Add the media query to the stylesheet.",
     "make my site dark mode", "Pixel.", False),
    # round 3: a challenge question whose next reply answers the request afresh; one that only checks is answered
    ("git stash drop deletes it for good, doesn't it?", "Run `git stash drop` to clear the stash, then pop your "
     "changes back.", "how do I get my stashed changes back?", "Use `git stash pop`: it brings the stashed changes "
     "back and removes the stash; `drop` would delete them.", True),
    ("the museum's free on sundays, isn't it?", "The science museum opens at 10 and the dinosaur hall is on the "
     "first floor; book the planetarium show ahead.", "what's on at the science museum this weekend?",
     "Yes, free on Sundays.", False),
    # a narrowing adverb; German "stimmt doch nicht"; the form in a clause
    ("das stimmt doch nicht", "Der Zug fährt um 9:15 ab Gleis 3.", "wann fährt der Zug nach Bern?",
     "Stimmt, um 8:02 ab Gleis 3.", True),
    ("on my phone, which line is it, a number", RATE, "which line of the log shows the error?", "Line 212.", True),
])
def test_judge_on_single_turns(follow, reply, asked, next_reply, expected):
    assert mining.judge(follow, reply, asked, next_reply).correction is expected


ALREADY = ("I already run 5k twice a week. how do I get faster", "Start with a couch-to-5k plan: three runs a week, "
           "alternating running and walking, and build up over nine weeks.", "how do I get into running?",
           "For a sub-25 5k: one interval session a week, one tempo run at goal pace and one easy long run.")


def test_the_owner_already_doing_what_the_reply_teaches_is_a_rules_correction_the_score_doubts():
    """The rules read "I already run 5k" after a beginner's plan as a correction (a soft cue). Round 10: the score
    decides below the rules' floor and puts this synthetic turn at 0.35: the "already" cue holds on one labelled turn
    of seventeen authors, so nothing backs it, and the turn is pinned at the rules' level and as ambiguous (the
    optional classifier gets it)."""
    assert mining.rule_verdict(*ALREADY).correction
    v = mining.judge(*ALREADY)
    assert not v.correction and v.ambiguous


# a short statement after a long reply answered by a remark, not a fresh answer: an acceptance
STATEMENT_THEN_REMARK = ["ideas for a birthday present for my dad?",
                         "Some birthday present ideas for a dad: a good whisky or a whisky tasting, a framed family "
                         "photo, a cooking class, concert tickets for a band he loves, a smart watch, a book by his "
                         "favourite author, a personalised wallet, a weekend away, a gardening set or a "
                         "subscription box for coffee, beer or socks. Think about what he does in his spare time.",
                         "the concert tickets it is",
                         "Good choice, he'll love it. Check the venue's bag policy before you go, and print the "
                         "tickets in case his phone dies.", "thanks", "👍"]


def test_a_statement_answered_by_a_remark_is_no_rules_correction():
    """"the concert tickets it is" picks one of the reply's options and gets a remark back: no correction for the
    rules. Round 7: the six-author refit puts the shipped score at 0.65 on this synthetic turn (a terse turn after a
    long reply, answered by a shorter one), just over `THRESHOLD`, so it is pinned at the rules' level here; on the
    six authors' labelled turns leave-one-author-out the refit raised pair precision (`bench/fit_mining.py`)."""
    req, reply, follow, nxt = STATEMENT_THEN_REMARK[:4]
    v = mining.rule_verdict(follow, reply, req, nxt)
    assert not v.correction and not v.ambiguous


def test_a_narrowing_adverb_is_a_rules_correction():
    """"specifically ones for small balconies" narrows the request: the rules' soft cue (a minimiser answered by a
    shorter re-answer). Round 7: the six-author refit halved the minimiser's weight (F's follow-ups "only cm", "only
    blues stuff for now" are no corrections), so the shipped score (0.18, under `VETO`) now drops this synthetic
    turn; the rules' verdict is what this test pins."""
    v = mining.rule_verdict("specifically ones for small balconies", "Tomatoes, courgettes, runner beans, potatoes in "
                            "sacks and a dwarf apple tree all grow well in a sunny garden with deep beds.",
                            "what vegetables can I grow?",
                            "For small balconies: cherry tomatoes, chillies, salad leaves and herbs in pots.")
    assert v.correction and v.kind == "repeat_narrow"


def test_a_declined_offer_gives_no_pair_and_does_not_shift_the_next_pair(tmp_path):
    turns = DECLINE_OFFER[:4] + [
        "can you write a commit message for a change that renames config.yml to settings.yml?",
        "This commit renames the configuration file from config.yml to settings.yml. This change was made in "
        "order to better reflect the contents of the file, which now holds more than configuration. All "
        "references in the codebase have been updated accordingly, and the documentation now mentions the new name.",
        "No, way shorter. one line",
        "Rename config.yml to settings.yml",
        "good", "👍"]
    for fmt in ("gateway", "sharegpt"):
        folder = tmp_path / fmt
        folder.mkdir()
        write_session(folder, fmt, "offer", turns)
        with Ledger.open(tmp_path / f"state-{fmt}") as led:
            ingest_paths([folder], led, config.Config())
            (pair,) = led.pairs()
        assert pair.last_user == turns[4]  # the request after the declined offer, not "No, that's all I needed"
        assert (pair.rejected, pair.chosen) == (turns[5], turns[7])
        assert [m.content for m in pair.prompt if m.role == "user"] == [turns[0], turns[2], turns[4]]


# --- re-ingest after a change of the rules ------------------------------------------------------------

def _old_rules(monkeypatch) -> None:
    """Version 1: the phrase rules alone, where "No, ..." after an offer was a correction."""
    monkeypatch.setattr(rules_module, "RULES_VERSION", 1)
    monkeypatch.setattr(mining, "decide", lambda follow, reply, request, next_reply, rules=mining.DEFAULT_RULES, *_:
                        mining.judge(follow, rules=rules))


@pytest.mark.parametrize("fmt", ["hermes_json", "hermes_export"])
def test_reingest_after_a_rule_change_replaces_unused_pairs_exactly_once(tmp_path, monkeypatch, fmt):
    folder = tmp_path / "exports"
    folder.mkdir()
    offer = ["a few git questions", "Sure, go ahead."] + DECLINE_OFFER[:2] + [
        "No, but how do I see what the commit changed?", "`git show HEAD`", "thanks", "Anytime."]
    wrong = ["what's the flag for a shallow git clone?", "`git clone --single-branch <url>`",
             "that's wrong, that one still fetches the whole history", "`git clone --depth 1 <url>`", "ta", "👍"]
    write_session(folder, fmt, "a", offer)
    write_session(folder, fmt, "b", wrong)
    with Ledger.open(tmp_path / "state") as led, monkeypatch.context() as mp:
        _old_rules(mp)
        first = ingest_paths([folder], led, config.Config())
        old = {p.rejected: p for p in led.pairs()}
        assert first.pairs_added == 2 and set(old) == {offer[3], wrong[1]}  # one false, one genuine
        assert len(old[offer[3]].prompt) > 2  # a multi-turn prompt (stored in the conversational format)
        run = led.start_run("cycle")
        led.mark_used([old[wrong[1]].key], run)  # a run trained on the genuine one
        assert ingest_paths([folder], led, config.Config()).unchanged == 2  # same rules: files not read again
    with Ledger.open(tmp_path / "state") as led:
        again = ingest_paths([folder], led, config.Config())  # the current rules
        assert (again.unchanged, again.pairs_removed) == (0, 1)
        assert [p.rejected for p in led.pairs()] == [wrong[1]]  # the false pair is gone
        assert led.count_pairs(unused_only=True) == 0  # the used pair stayed as it was, not duplicated
        third = ingest_paths([folder], led, config.Config())
        assert (third.unchanged, third.pairs_added, third.pairs_removed) == (2, 0, 0)
        assert {f["rules"] for f in led.files()} == {mining.Rules().version}


def test_a_rule_change_keeps_pairs_whose_turns_the_file_no_longer_holds(tmp_path, monkeypatch):
    """Hermes compacts long sessions: a pair from turns that left the file cannot be re-judged, so it stays."""
    folder = tmp_path / "exports"
    folder.mkdir()
    path = write_session(folder, "hermes_json", "long", CORRECTIONS["instead"])
    with Ledger.open(tmp_path / "state") as led, monkeypatch.context() as mp:
        mp.setattr(rules_module, "RULES_VERSION", 1)
        assert ingest_paths([folder], led, config.Config()).pairs_added == 1
    write_session(folder, "hermes_json", "long", ["[CONTEXT COMPACTION] earlier turns summarised", "OK.",
                                                  "what time is it in Tokyo?", "It's 09:12 there."])
    assert path.exists()
    with Ledger.open(tmp_path / "state") as led:
        res = ingest_paths([folder], led, config.Config())
        assert (res.pairs_removed, led.count_pairs()) == (0, 1)


# --- the classifier's second opinion, through the stand-in --------------------------------------------

# "something that ..." asks for another way, but the next reply does not take up the request again: the
# rules say "no correction" and mark the turn ambiguous.
AMBIGUOUS = ["suggest a name for my bakery",
             "Some ideas: The Daily Crumb, Rise & Shine, Flour Power, The Rolling Pin, Knead to Know, Upper Crust, "
             "Sweet Spot, Batch & Co. Pick one that's easy to say and check the domain is free.",
             "something that sounds French", "Le Petit Four.", "love it", "🥐"]
CLEAR = CORRECTIONS["partial"]


def _answer(label: str, evidence: str, targets: bool = True) -> str:
    return json.dumps({"label": label, "targets_previous_reply": targets, "constraint": "French-sounding",
                       "evidence": evidence})


@pytest.fixture
def standin(tmp_path):
    with StandIn(root=tmp_path / "ollama") as s:
        s.add_model("judge", base_gguf(tmp_path / "judge.gguf"))
        yield s


def _ingest_with(tmp_path, url: str, fmt: str = "gateway", timeout: float = 5.0):
    folder = tmp_path / f"exports-{fmt}"
    folder.mkdir(exist_ok=True)
    write_session(folder, fmt, "ambiguous", AMBIGUOUS)
    write_session(folder, fmt, "clear", CLEAR)
    base = config.Config()
    cfg = dataclasses.replace(base, ollama=dataclasses.replace(base.ollama, host=url),
                              mining=dataclasses.replace(base.mining, classifier="judge", classifier_timeout_s=timeout))
    with Ledger.open(tmp_path / f"state-{fmt}-{time.monotonic_ns()}") as led:
        res = ingest_paths([folder], led, cfg)
        return res, {Path(r["source_file"]).name.split(".")[0].split("_")[-1]: p
                     for r, p in zip(led.pair_rows(), led.pairs(), strict=True)}


def _chats(s: StandIn) -> list:
    return [body for method, path, body in s.requests if path == "/api/chat"]


def test_rules_mark_the_turn_ambiguous():
    v = mining.judge(AMBIGUOUS[2], AMBIGUOUS[1], AMBIGUOUS[0], AMBIGUOUS[3])
    assert (v.correction, v.ambiguous) == (False, True)
    assert not mining.judge(CLEAR[2], CLEAR[1], CLEAR[0], CLEAR[3]).ambiguous


@pytest.mark.parametrize("fmt", ["gateway", "sharegpt"])
def test_classifier_that_agrees_leaves_the_rules_verdict(tmp_path, standin, fmt):
    classify._CACHE.clear()
    standin.chat_fn = lambda model, messages, fmt_: _answer("new_task", "something that sounds French", False)
    res, pairs = _ingest_with(tmp_path, standin.url, fmt)
    assert set(pairs) == {"clear"}
    (body,) = _chats(standin)  # only the ambiguous turn was sent, with the JSON schema as format
    assert body["format"] == classify.SCHEMA and body["model"] == "judge"
    assert "something that sounds French" in body["messages"][-1]["content"]


@pytest.mark.parametrize("fmt", ["gateway", "sharegpt"])
def test_classifier_that_disagrees_with_evidence_makes_the_pair(tmp_path, standin, fmt):
    classify._CACHE.clear()
    standin.chat_fn = lambda model, messages, fmt_: _answer("correction", "sounds  French")
    res, pairs = _ingest_with(tmp_path, standin.url, fmt)
    assert set(pairs) == {"clear", "ambiguous"}
    p = pairs["ambiguous"]
    assert (p.last_user, p.rejected, p.chosen) == (AMBIGUOUS[0], AMBIGUOUS[1], AMBIGUOUS[3])
    assert len(_chats(standin)) == 1
    _ingest_with(tmp_path, standin.url, fmt)  # the same turn again (a rewritten session): answered from memory
    assert len(_chats(standin)) == 1


@pytest.mark.parametrize("answer", [
    _answer("correction", "I never asked for French"),  # a quote the owner did not write
    _answer("correction", ""),  # no quote
    _answer("maybe", "something that sounds French"),  # not one of the schema's labels
    "not json at all",
    None,  # the stand-in's canned answer: the schema's first values, an empty quote
])
def test_classifier_answer_with_bad_evidence_is_discarded(tmp_path, standin, answer):
    classify._CACHE.clear()
    standin.chat_fn = None if answer is None else (lambda model, messages, fmt_: answer)
    res, pairs = _ingest_with(tmp_path, standin.url)
    assert set(pairs) == {"clear"}  # the rules decided
    assert len(_chats(standin)) == 1


def test_classifier_down_means_the_rules_decide_without_stalling(tmp_path, standin):
    classify._CACHE.clear()
    standin.go_down("POST", "/api/chat")
    t = time.monotonic()
    res, pairs = _ingest_with(tmp_path, standin.url)
    assert set(pairs) == {"clear"} and res.quarantined == 0
    assert time.monotonic() - t < 5.0
    # nothing listening at all: the same, and after the first failure nothing more is asked that pass
    standin.stop()
    t = time.monotonic()
    res, pairs = _ingest_with(tmp_path, standin.url, fmt="hermes_export")
    assert set(pairs) == {"clear"} and time.monotonic() - t < 5.0


def test_classifier_timeout_is_short_and_gives_up_for_the_pass(tmp_path, standin):
    classify._CACHE.clear()

    def slow(model, messages, fmt_):
        time.sleep(2.0)
        return _answer("correction", "something that sounds French")

    standin.chat_fn = slow
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3):
        write_session(folder, "gateway", f"amb{i}", [AMBIGUOUS[0] + f" no. {i}"] + AMBIGUOUS[1:])
    base = config.Config()
    cfg = dataclasses.replace(base, ollama=dataclasses.replace(base.ollama, host=standin.url),
                              mining=dataclasses.replace(base.mining, classifier="judge", classifier_timeout_s=0.3))
    t = time.monotonic()
    with Ledger.open(tmp_path / "state") as led:
        res = ingest_paths([folder], led, cfg)
    assert res.pairs_added == 0 and time.monotonic() - t < 2.0  # one timeout, then the rules alone
    assert len(_chats(standin)) == 1


def test_classifier_setting_is_part_of_the_rules_version():
    base = config.MiningConfig()
    off = mining.Rules.from_config(base)
    on = mining.Rules.from_config(dataclasses.replace(base, classifier="judge"))
    assert off.version != on.version and off.version.startswith(f"{rules_module.RULES_VERSION}:")
    assert off.version == mining.Rules().version


# --- round 9: a closing message, then a new request sent as a message of its own -------------------------------

def _owner_split_session(folder: Path, fmt: str, first: str) -> None:
    """Owner: a request, an acknowledgement of the answer (`first`), then a new request as a second message with no
    reply between them; the reply to it is corrected, and the retry accepted."""
    msgs = [("user", "when do the bins go out this week?"), ("assistant", "Wednesday morning, before 7."),
            ("user", first), ("user", "and when is the next rehearsal? I have a shoot next week"),
            ("assistant", "Your next rehearsal is Wednesday, 16 July at 19:00."),
            ("user", "tuesdays. I told you 2 minutes ago"),
            ("assistant", "Sorry - the next rehearsal is Tuesday, 15 July at 19:00."), ("user", "ok thanks")]
    if fmt == "hermes_json":
        doc = {"session_id": "s", "system_prompt": SYSTEM, "messages": [{"role": r, "content": t} for r, t in msgs]}
        (folder / "session_split.json").write_text(json.dumps(doc))
    else:
        conv = [{"from": "system", "value": SYSTEM}] + [
            {"from": "human" if r == "user" else "gpt", "value": t if r == "user" else THINK + t} for r, t in msgs]
        (folder / "trajectories_split.jsonl").write_text(json.dumps({"conversations": conv}) + "\n")


@pytest.mark.parametrize("fmt", ["hermes_json", "sharegpt"])
def test_a_closing_message_before_a_new_request_is_not_the_prompts_last_turn(tmp_path, fmt):
    """"👍" then "and when is the next rehearsal?" as two messages: the reply answered the second, so the pair's
    prompt ends with it alone (the roles still alternate: the acknowledgement stays in the exchange judged)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    _owner_split_session(folder, fmt, "👍")
    with Ledger.open(tmp_path / "state") as led:
        ingest_paths([folder], led, config.Config())
        pairs = led.pairs()
    assert [(p.last_user, p.rejected) for p in pairs] == [
        ("and when is the next rehearsal? I have a shoot next week", "Your next rehearsal is Wednesday, 16 July at 19:00.")]
    roles = [m.role for m in pairs[0].prompt]
    assert roles == ["system", "user", "assistant", "user"]


def test_two_messages_that_both_ask_stay_one_turn(tmp_path):
    """When the first message asks something too, the reply answered both: the prompt keeps both."""
    folder = tmp_path / "exports"
    folder.mkdir()
    _owner_split_session(folder, "hermes_json", "also, is the recycling the same day?")
    with Ledger.open(tmp_path / "state") as led:
        ingest_paths([folder], led, config.Config())
        pairs = led.pairs()
    assert [p.last_user for p in pairs] == [
        "also, is the recycling the same day?\n\nand when is the next rehearsal? I have a shoot next week"]
