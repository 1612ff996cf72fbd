"""Hand-written sessions of the "fresh" corpus, format D: ShareGPT trajectories JSONL, one conversation per line (data only; see make_fresh.py)."""

from sessions_fresh import A, S, U

# ==========================================================================
# Format D: ShareGPT trajectories JSONL, one conversation per line
# (the second file puts an empty <think></think> block before every gpt
#  value; labels hold the reply text after that block)
# ==========================================================================

SESSIONS = [
    # ---- trajectory_samples_2026-06-02.jsonl (no think blocks) --------------
    S("D", "trajectory_samples_2026-06-02.jsonl", "2026-05-31T15:22:08", [
        U("how do I get rid of a random guy in the background of a photo using GIMP", "plain"),
        A("""The easiest way is Photoshop's Content-Aware Fill:

1. Select the person with the Lasso tool, leaving a little margin.
2. Go to **Edit → Content-Aware Fill**.
3. Check the preview and adjust the sampling area if needed.
4. Click **OK**, then tidy any leftover edges with the Spot Healing Brush.

If you don't have Photoshop, the Photoshop Express mobile app has a simpler "Blemish removal" tool."""),
        U("GIMP. I said GIMP", "echo"),
        A("""In GIMP:

1. Install the **Resynthesizer** plug-in (it's what gives GIMP a content-aware fill).
2. Select the person with the Free Select tool (lasso), leaving a small margin.
3. **Filters → Enhance → Heal selection**, sampling width around 50, then OK.
4. Clean up small leftovers with the **Heal** tool (H): Ctrl-click a clean area to sample, then paint over the spot."""),
        U("heal selection did like 90% of it, fixed the rest by hand. looks natural!", "acceptance"),
        A("Check it at 100% zoom once before exporting; seams hide at small sizes."),
    ]),

    S("D", "trajectory_samples_2026-06-02.jsonl", "2026-06-01T19:03:44", [
        U("how many photos did I take in 2025? everything's in ~/Pictures/Camera Roll", "plain"),
        A("You have 4,731 files in ~/Pictures/Camera Roll dated 2025.", tools=[
            ("find ~/Pictures/\"Camera Roll\" -type f -newermt 2025-01-01 ! -newermt 2026-01-01 | wc -l", "    4731"),
        ]),
        U("I shoot raw+jpeg so that's double counting. only the jpgs", "repeat_narrow"),
        A("2,368 JPEGs from 2025. (find goes by modification time, so an edited photo counts in the year it was last saved.)", tools=[
            ("find ~/Pictures/\"Camera Roll\" -type f -iname '*.jpg' -newermt 2025-01-01 ! -newermt 2026-01-01 | wc -l", "    2368"),
        ]),
        U("wow, 6 a day. that's a lot of sunsets", "plain"),
        A("And presumably the dog."),
    ]),

    S("D", "trajectory_samples_2026-06-02.jsonl", "2026-06-02T08:15:30", [
        U("what's the 50/30/20 budgeting rule", "plain"),
        A("Split take-home pay into 50% needs (rent, bills, groceries, minimum debt payments), 30% wants (eating out, hobbies, subscriptions) and 20% savings or extra debt repayment."),
        U("ok apply it to 3,400 a month take home", "followup"),
        A("""Needs: 1,700
Wants: 1,020
Savings: 680"""),
        U("rent alone is 1,450 so needs is blown already", "plain"),
        A("That's common in expensive cities. A 60/20/20 split keeps savings the same: needs 2,040, wants 680, savings 680."),
        U("yeah 60/20/20 is more like it. thanks", "acceptance"),
        A("Revisit it when the rent changes."),
    ]),

    S("D", "trajectory_samples_2026-06-02.jsonl", "2026-06-02T21:37:19", [
        U("difference between は and が? one example each please", "plain"),
        A("""This is one of the trickiest topics in Japanese grammar! Let's go through it step by step.

**は (wa) — the topic marker**
は marks what the sentence is about. It often introduces known information or contrasts.
- 私は学生です。(Watashi wa gakusei desu.) — As for me, I'm a student.
- 今日は暑いです。(Kyō wa atsui desu.) — Today, it's hot.
- 肉は食べますが、魚は食べません。— I eat meat, but (as for fish) I don't eat fish.

**が (ga) — the subject marker**
が marks the grammatical subject, often new information or emphasis.
- 誰が来ましたか？(Dare ga kimashita ka?) — Who came?
- 田中さんが来ました。— Tanaka came.
- 雨が降っています。— It's raining.

**Special cases**
With 好き, 嫌い, 分かる and できる, the object takes が: 猫が好きです。

A helpful rule of thumb: は answers "what about X?" while が answers "who/what?\""""),
        U("way too long, I only wanted one example of each", "explicit"),
        A("""は: 私は学生です — "As for me, I'm a student" (sets the topic).
が: 誰が来ましたか？ — "Who came?" (picks out the subject)."""),
        U("ok that clicks. how would I say I like cats", "followup"),
        A("猫が好きです (neko ga suki desu). 好き takes が for the thing you like."),
        U("oh so that's the special case. cool", "plain"),
        A("Exactly that one."),
    ]),

    # ---- trajectory_samples_2026-06-08.jsonl (empty think blocks) -----------
    S("D", "trajectory_samples_2026-06-08.jsonl", "2026-06-05T22:48:51", [
        U("the nas is at 95% on /. find out what's eating it", "plain"),
        A("/var is 41G of the 58G used. Want me to look inside it?", tools=[
            ("ssh nas 'sudo du -xh / --max-depth=1 2>/dev/null | sort -rh | head -6'",
             "58G\t/\n41G\t/var\n9.8G\t/usr\n3.1G\t/home\n2.2G\t/opt\n612M\t/root"),
        ]),
        U("yes dig into var", "followup"),
        A("It's the systemd journal: 28G in /var/log/journal. `journalctl --vacuum-size=500M` would trim it to 500 MB. Run it?", tools=[
            ("ssh nas 'sudo du -xh /var --max-depth=3 2>/dev/null | sort -rh | head -5'",
             "41G\t/var\n29G\t/var/log\n28G\t/var/log/journal\n8.7G\t/var/lib\n6.9G\t/var/lib/docker"),
        ]),
        U("go ahead", "clarify_answer"),
        A("Freed 27.6G; / is at 53% now.", tools=[
            ("ssh nas 'sudo journalctl --vacuum-size=500M 2>&1 | tail -1; df -h / | tail -1'",
             "Vacuuming done, freed 27.6G of archived journals from /var/log/journal/3f9c0a6e1b7d4c2a9e8f5d6c7b8a9012.\n"
             "/dev/sda2        62G   31G   28G  53% /"),
        ]),
        U("nice. how do I stop it growing back", "followup"),
        A("On the NAS, set `SystemMaxUse=500M` in /etc/systemd/journald.conf, then run `sudo systemctl restart systemd-journald`. Want me to do that over ssh?"),
        U("no, I'll do it myself later", "decline_offer"),
        A("Okay. Until then it'll slowly fill up again."),
    ]),

    S("D", "trajectory_samples_2026-06-08.jsonl", "2026-06-06T07:31:02", [
        U("write a haiku about the monday morning train", "plain"),
        A("""Crowded carriage sways
strangers pressed close, coffee cups trembling
the week starts again"""),
        U("count the middle line again, that's not 7", "explicit"),
        A("""Crowded carriage sways
strangers pressed close, coffee shakes
the week starts again"""),
        U("haha coffee shakes. love it", "acceptance"),
        A("Mondays deserve a little poetry."),
    ]),

    S("D", "trajectory_samples_2026-06-08.jsonl", "2026-06-07T12:56:40", [
        U("check engine light just came on. car drives normally. what now", "plain"),
        A("""A check engine light can indicate many different issues, ranging from minor to serious:

- **Loose or faulty fuel cap** — the most common and cheapest cause.
- **Oxygen sensor failure** — affects fuel economy and emissions.
- **Catalytic converter problems** — often caused by ignoring other issues; expensive to replace.
- **Mass airflow sensor** — can cause poor performance and stalling.
- **Spark plugs or ignition coils** — can lead to misfires.
- **Vacuum leaks** — can cause rough idle.
- **EGR valve issues** — common on diesels.

Modern cars store a diagnostic trouble code (DTC) that identifies the problem."""),
        U("what do I DO today, I don't need the encyclopedia of possible causes", "instead"),
        A("""Today:
1. Check the fuel cap is on tight (until it clicks).
2. Is the light steady or flashing? Steady and the car drives normally: fine to keep driving, get it checked this week. Flashing: stop driving. It means a misfire that can wreck the catalytic converter.
3. Get the code read. AutoZone and most parts stores do it free, or a $20 OBD2 reader does it from your phone."""),
        U("steady. autozone after work it is", "plain"),
        A("Write down the code they give you; it makes the next step easy."),
    ]),

    S("D", "trajectory_samples_2026-06-08.jsonl", "2026-06-08T18:09:15", [
        U("why is the sky blue? for a 7 year old", "plain"),
        A("Sunlight looks white, but it's really all the colours mixed together. When it hits the air, the blue part bumps into the tiny bits of air and gets bounced all over the sky, much more than the red and yellow parts. So wherever you look up, blue light is coming at you from everywhere."),
        U("she immediately asked why sunsets are orange then 😂", "followup"),
        A("At sunset the light has to travel through much more air to reach us. By the time it arrives, most of the blue has been bounced away in other directions, so what's left for us to see is the orange and red."),
        U("you're a lifesaver", "acceptance"),
        A("Glad it helped!"),
        U("last thing, what do we need for the baking soda volcano for her science fair", "new_task"),
        A("""- Baking soda (about 2 tablespoons)
- Vinegar (a cup)
- Washing-up liquid (a squirt, for foam)
- Red food colouring
- A small bottle or cup inside a volcano shape made from playdough, papier-mâché or sand
- A tray to catch the overflow"""),
        U("thx!!", "acceptance"),
        A("Have fun, and do it outside."),
    ]),

    # ---- failed_trajectories_2026-06.jsonl (no think blocks) ----------------
    S("D", "failed_trajectories_2026-06.jsonl", "2026-06-09T10:42:27", [
        U("rename the scans in ~/Documents/scans to scan_001.pdf, scan_002.pdf etc, oldest first", "plain"),
        A("Done! I've renamed all 14 PDF files in ~/Documents/scans so they now follow the pattern scan_001.pdf through scan_014.pdf. The numbering follows the alphabetical order of the original file names. If you'd like, I can also create a small index file that maps the old names to the new ones.", tools=[
            ("cd ~/Documents/scans && i=1; for f in *.pdf; do mv \"$f\" \"$(printf 'scan_%03d.pdf' $i)\"; i=$((i+1)); done; ls",
             "\n".join("scan_%03d.pdf" % i for i in range(1, 15))),
        ]),
        U("ok they're renamed but you went alphabetical, I said oldest first. 001 should be the oldest scan", "partial"),
    ]),

    S("D", "failed_trajectories_2026-06.jsonl", "2026-06-10T20:14:53", [
        U("best way to learn touch typing?", "plain"),
        A("""Great goal! Here are some excellent free resources:

- **TypingClub** — structured lessons for absolute beginners, starting with the home row.
- **Keybr** — adapts lessons to your weakest letters.
- **Monkeytype** — clean interface for timed tests.
- **Typing.com** — lessons plus games.

Start by learning the home row (ASDF JKL;) and practise 15–20 minutes a day. Don't look at the keyboard!"""),
        U("I already type about 50 wpm with 4 fingers. how do I switch to proper technique without dropping to 10 wpm for months", "repeat_narrow"),
        A("""You will drop for a while, but you can keep it short:

1. Use proper technique only in 15-minute keybr sessions at first, and type however you like for work.
2. Go for accuracy over speed in those sessions, 97% or better.
3. Once your practice speed passes ~30 wpm (usually 2–3 weeks), switch to proper technique everywhere.

Most people are back at their old speed within 6–8 weeks and pass it after that."""),
        U("keybr it is", "acceptance"),
        A("Turn on its \"blind\" mode once the home row feels natural."),
    ]),

    S("D", "failed_trajectories_2026-06.jsonl", "2026-06-11T13:27:36", [
        U("write a 2-line bio for my profile on the climbing club site. I've been climbing 6 years, mostly bouldering, and I run the tuesday beginners session", "plain"),
        A("""Hi, I'm a passionate climber who has been exploring the vertical world for six years! Bouldering is my first love — there's nothing like working out a tricky problem with friends.

As the organiser of our Tuesday beginners' session, I love helping new climbers find their feet on the wall.

When I'm not climbing, you'll find me planning my next trip to Fontainebleau.

See you at the wall!"""),
        U("2 lines", "echo"),
        A("""Certified climbing instructor with six years on the wall, mostly bouldering.
I run the Tuesday beginners' session. Come say hi!"""),
        U("I'm not certified anything, take that out", "explicit", second=True),
    ]),
]

THINK_FILES = {"trajectory_samples_2026-06-08.jsonl"}
