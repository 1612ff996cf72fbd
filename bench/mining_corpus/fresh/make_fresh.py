#!/usr/bin/env python3
"""Generate the "fresh" preference-mining evaluation corpus.

Written blind by a second author who was given only the definition of a
preference pair (see README.md).  Every session below was written by hand as
data; this script only serialises it into five export formats, derives the
label records from the hand-assigned turn kinds, and checks the result.

Standard library only, deterministic: running it twice gives identical files.

    python3 make_fresh.py     # (re)write all files next to this script, then
                              # re-parse them and verify labels and minimum counts
"""

import calendar
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CORRECTION_KINDS = ("explicit", "repeat_narrow", "echo", "instead",
                    "reject_approach", "partial")
OTHER_KINDS = ("decline_offer", "followup", "new_task", "clarify_answer",
               "acceptance", "plain")
ALL_KINDS = CORRECTION_KINDS + OTHER_KINDS

MODEL = "hermes3:8b"
SYSTEM = ("You are Timmy, Dana's personal assistant. You run locally on her Mac "
          "mini (M4, 32 GB) through Hermes Agent and can run shell commands with "
          "the terminal tool. Be useful, be brief, and don't guess when you can check.")

TERMINAL_TOOL = {
    "type": "function",
    "function": {
        "name": "terminal",
        "description": "Run a shell command on Dana's Mac mini and return its output.",
        "parameters": {
            "type": "object",
            "properties": {
                "command": {"type": "string", "description": "Shell command to run."},
                "timeout": {"type": "integer", "description": "Seconds before the command is killed."},
            },
            "required": ["command"],
        },
    },
}


# --------------------------------------------------------------------------
# tiny DSL for hand-written sessions
# --------------------------------------------------------------------------

def U(text, kind, second=False):
    """A user turn with its hand-assigned kind."""
    assert kind in ALL_KINDS, kind
    return {"t": "user", "text": text, "kind": kind, "second": second}


def A(text, tools=()):
    """An assistant reply; tools = [(command, output[, exit_code]), ...] run before it."""
    return {"t": "assistant", "text": text, "tools": list(tools)}


def DECISION(decision, rationale):
    """Format E only: a decision line (ignored by the other formats)."""
    return {"t": "decision", "decision": decision, "rationale": rationale}


def ERROR(error, context):
    """Format E only: an error line (ignored by the other formats)."""
    return {"t": "error", "error": error, "context": context}


def S(fmt, file, start, turns, **meta):
    return {"fmt": fmt, "file": file, "start": start, "turns": turns, "meta": meta}


SESSIONS = []

# ==========================================================================
# Format A: Hermes session JSON, one session per file
# ==========================================================================

SESSIONS += [
    S("A", "session_20260514_201133_c7a2e1.json", "2026-05-14T20:11:33", [
        U("google sheets: I want the total of column C but only for rows where column B says paid", "plain"),
        A("""Great idea to get a handle on this! The cleanest way to summarise data like this in Google Sheets is a **pivot table**:

1. Select your data range (for example A1:C200).
2. Go to **Insert → Pivot table** and choose "New sheet".
3. Under **Rows**, add the column that contains your status (column B).
4. Under **Values**, add column C and make sure it's set to **SUM**.
5. The pivot table will now show a total for each status — "paid", "unpaid", and so on.

Pivot tables update automatically when you add new rows inside the range, and you can add filters later if you want to break things down by month or by client. If you'd like, I can also explain how to create a chart from the pivot table!"""),
        U("not a pivot table, I want one formula in a cell under the column", "reject_approach"),
        A("""`=SUMIF(B2:B200, "paid", C2:C200)`

SUMIF isn't case-sensitive, so "Paid" rows count too."""),
        U("works. can it skip rows where D is empty too? those are the ones I haven't invoiced yet", "followup"),
        A("""Use SUMIFS for the second condition:

`=SUMIFS(C2:C200, B2:B200, "paid", D2:D200, "<>")`

`"<>"` means "not empty"."""),
        U("nice ty", "acceptance"),
        A("Anytime."),
    ], platform="cli"),

    S("A", "session_20260515_093402_1f9d40.json", "2026-05-15T09:34:02", [
        U("something's already on port 5432 and my docker postgres won't start. what is it", "plain"),
        A("""This usually happens when another PostgreSQL server is already running on your machine. To find out which process is using the port, you can open Terminal and run:

```
sudo lsof -iTCP:5432 -sTCP:LISTEN
```

This will list the process name and its PID. Common culprits on macOS are Postgres.app, a Homebrew install started with `brew services`, or an old container that didn't shut down properly. Once you know the PID you can stop it with `kill <PID>`, or stop the service with `brew services stop postgresql@16`. Alternatively, you can map your container to a different host port, e.g. `-p 5433:5432`."""),
        U("you have a terminal, can you check it yourself instead of telling me to", "reject_approach"),
        A("It's a Homebrew PostgreSQL 15 (PID 1187), started by `brew services`. `brew services stop postgresql@15` frees the port.", tools=[
            ("lsof -nP -iTCP:5432 -sTCP:LISTEN",
             "COMMAND   PID USER   FD   TYPE             DEVICE SIZE/OFF NODE NAME\n"
             "postgres 1187 dana    7u  IPv6 0x8a1c2e6f0b9d3a51      0t0  TCP *:5432 (LISTEN)\n"
             "postgres 1187 dana    8u  IPv4 0x8a1c2e6f0b8c7d42      0t0  TCP *:5432 (LISTEN)"),
            ("ps -o command= -p 1187",
             "/opt/homebrew/opt/postgresql@15/bin/postgres -D /opt/homebrew/var/postgresql@15"),
        ]),
        U("ok stopped it. will it come back after a reboot?", "followup"),
        A("No — `brew services stop` also unloads the launch agent, so it stays off until you run `brew services start postgresql@15` again."),
        U("great", "acceptance"),
        A("Your container should start now."),
    ], platform="cli"),

    S("A", "session_20260516_071845_8be3d2.json", "2026-05-16T07:18:45", [
        U("my 6 month old lab pulls on the lead like a tractor. it's making walks miserable. what do I do", "plain"),
        A("""Lead pulling is one of the most common issues with young Labradors! The quickest way to get control back is the right equipment:

- **Head halter (e.g. Halti or Gentle Leader):** fits over the nose, so when your dog pulls, its head turns back toward you.
- **Front-clip harness:** the lead attaches at the chest, which redirects forward momentum sideways.
- **Prong or slip collar:** many trainers use these for strong pullers because they give a clear correction the moment the dog leans into the lead.
- **Short, fixed-length lead:** avoid retractable leads, which reward pulling.

Most owners see an immediate difference with a head halter. Start by letting your dog wear it around the house for a few minutes a day so it gets used to it."""),
        U("I'd rather not fix it with gear, and definitely no prong collar. how do I actually train him out of it", "reject_approach"),
        A("""Make pulling stop working:

1. The moment the lead goes tight, stop and stand still. Don't yank back.
2. Wait until he turns or steps back so the lead goes slack, then say "yes" and walk on.
3. Treat him at your left knee every few steps when the lead is loose, so that spot is worth being in.

Practise in the garden or a quiet street first, 5–10 minutes at a time. Expect the first walks to be very slow; after a week or two most dogs get it."""),
        U("slow walks I can live with. we'll try tonight", "acceptance"),
        A("Bring more treats than you think you'll need, and small ones."),
        U("how long should his walks be at this age anyway? he seems to want to go forever", "new_task"),
        A("A common rule of thumb is about 5 minutes of structured walking per month of age, twice a day, so around 30 minutes each at six months. Sniffing and free play in the garden don't count toward that, and a Lab's joints keep growing until 12–18 months, so avoid long runs for now."),
        U("got it, thanks", "acceptance"),
        A("Have fun with him."),
    ], platform="cli"),

    S("A", "session_20260517_142210_4d06ab.json", "2026-05-17T14:22:10", [
        U("a US company wants me to fill in a tax form before they'll pay my invoice. W-9 or W-8BEN?", "plain"),
        A("That depends on your status. Are you a US citizen, green card holder or US tax resident? And are you invoicing as an individual or through a company?"),
        U("not american, I'm Portuguese and live in Porto. invoicing as myself, recibos verdes", "clarify_answer"),
        A("As a foreign business receiving payments from a US company, you'll need **Form W-8BEN-E** (Certificate of Status of Beneficial Owner for United States Tax Withholding and Reporting — Entities). Complete Part I with your business's legal name and country of incorporation, select the entity type in line 4, and claim treaty benefits in Part III under the US–Portugal income tax treaty. Your client keeps the form on file; it doesn't get sent to the IRS."),
        U("wrong form I think — the -E one is for entities and I don't have a company, it's just me", "explicit"),
        A("""Right — as an individual you use the plain **W-8BEN**. Fill in your name, Portugal as country of citizenship, your Porto address, and your Portuguese NIF in line 6a (foreign TIN). Part II, line 9: Portugal. Leave line 10 blank unless the client asks you to claim a special rate for a particular kind of income.

Sign and date it and send it to the client, not the IRS. It stays valid until the end of the third calendar year after you sign."""),
        U("brilliant, filling it in now", "acceptance"),
        A("If they use a payments portal like Deel, it'll ask the same questions in its own form."),
    ], platform="cli"),

    S("A", "session_20260518_183027_a3c95f.json", "2026-05-18T18:30:27", [
        U("I exported 40-odd photos to ~/Pictures/export for the club newsletter, they're huge. make them 1600px wide", "plain"),
        A("""Resizing images in bulk is easy with Adobe Photoshop's Image Processor:

1. Open Photoshop and go to **File → Scripts → Image Processor**.
2. Select the folder `~/Pictures/export`.
3. Choose a destination folder, or save in the same location.
4. Tick **Save as JPEG**, set quality to 10, and tick **Resize to Fit** with W: 1600 px (set H to something large like 5000 px so only the width constrains).
5. Click **Run**.

Alternatively, Lightroom's export dialog has a "Resize to Fit: Width" option that does the same thing in one step."""),
        U("I don't have photoshop or lightroom. do it with whatever's already on the mac, and keep the originals", "reject_approach"),
        A("Done with `sips`, which ships with macOS. 43 resized copies are in ~/Pictures/export/1600 (31 MB in total); the originals weren't touched.", tools=[
            ("mkdir -p ~/Pictures/export/1600 && sips --resampleWidth 1600 ~/Pictures/export/*.jpg --out ~/Pictures/export/1600/ >/dev/null && ls ~/Pictures/export/1600 | wc -l && du -sh ~/Pictures/export/1600",
             "      43\n 31M\t/Users/dana/Pictures/export/1600"),
        ]),
        U("perfect. zip that folder up so I can attach it", "followup"),
        A("~/Pictures/export/newsletter-photos.zip, 30 MB. That's over Gmail's 25 MB limit, so Gmail will offer to send it as a Drive link instead.", tools=[
            ("cd ~/Pictures/export && zip -rq newsletter-photos.zip 1600 && ls -lh newsletter-photos.zip",
             "-rw-r--r--  1 dana  staff    30M May 18 18:42 newsletter-photos.zip"),
        ]),
        U("fine by me. thx", "acceptance"),
        A("You're welcome."),
    ], platform="cli"),

    S("A", "session_20260519_172955_6e41b8.json", "2026-05-19T17:29:55", [
        U("rear derailleur keeps skipping between 4th and 5th, especially under load. what do I need to do", "plain"),
        A("""Skipping under load is often a sign of drivetrain wear. Here's a full approach:

1. **Measure chain stretch** with a chain checker tool. If it reads 0.75% or more, replace the chain.
2. **Inspect the cassette.** Worn teeth look like shark fins. If you replace a worn chain and the new one skips, the cassette needs replacing too.
3. **Check the chainrings** for the same wear pattern.
4. **Replace the gear cable and housing** if they're old or frayed, since friction causes sluggish shifting.
5. **Check the derailleur hanger alignment** with a hanger alignment gauge.

A new chain and cassette typically cost £40–£80 for mid-range components. If you're not comfortable doing this yourself, a full drivetrain service at a bike shop costs around £60 plus parts."""),
        U("the chain's only 3 months old. start with the cable tension, how do I adjust that with the barrel adjuster", "instead"),
        A("""Shift into 4th, then turn the barrel adjuster (where the cable enters the derailleur) a quarter turn anticlockwise as you look at it from behind. Pedal and shift between 4 and 5 to test, and keep going a quarter turn at a time until it stops skipping. If the chain starts hesitating on the way back down to smaller cogs, you've gone too far, so back off a quarter turn.

If that doesn't fix it, I can walk you through checking the hanger alignment too."""),
        U("half a turn and it's silent 🙌 no need for the hanger stuff", "decline_offer"),
        A("Nice, enjoy the ride."),
    ], platform="cli"),

    S("A", "session_20260520_120418_b57c0d.json", "2026-05-20T12:04:18", [
        U("can you look over the opening of my cover letter? \"I am writing to apply for the Operations Coordinator role at Brightwell Logistics. I have five years of experience in warehouse scheduling and I think I would be a good fit.\"", "plain"),
        A("""It's clear but generic. Two fixes:

- Lead with something specific instead of "I am writing to apply"; they already know that from the subject line.
- Swap "I think I would be a good fit" for evidence.

For example: "Over five years of warehouse scheduling at Harlow Freight, I cut late dispatches by a third, and I'd like to bring that to Brightwell's Operations Coordinator role." Replace the numbers with your real ones."""),
        U("that's way better. the late dispatches thing is real, 30%. can you suggest a closing line too", "followup"),
        A("\"I'd welcome the chance to talk about how I could help Brightwell keep its dispatch schedule tight, and I'm free for a call any day next week.\""),
        U("using it. thanks!", "acceptance"),
        A("Good luck with the application!"),
        U("one more thing, how do I turn the docx into a pdf without opening word. it's ~/Documents/cover_letter_brightwell.docx", "new_task"),
        A("Done with LibreOffice in headless mode: ~/Documents/cover_letter_brightwell.pdf. Worth opening it once to check the fonts came through.", tools=[
            ("which soffice", "/opt/homebrew/bin/soffice"),
            ("cd ~/Documents && soffice --headless --convert-to pdf cover_letter_brightwell.docx",
             "convert /Users/dana/Documents/cover_letter_brightwell.docx -> /Users/dana/Documents/cover_letter_brightwell.pdf using filter : writer_pdf_Export"),
        ]),
        U("fonts look fine 👍", "acceptance"),
        A("Then it's ready to send."),
    ], platform="cli"),

    S("A", "session_20260521_210733_0c8f5a.json", "2026-05-21T21:07:33", [
        U("conjugation table for tener in the preterite, no explanations", "plain"),
        A("""| Pronoun | tener (present) |
|---|---|
| yo | tengo |
| tú | tienes |
| él/ella/usted | tiene |
| nosotros | tenemos |
| vosotros | tenéis |
| ellos/ellas/ustedes | tienen |"""),
        U("preterite 🙃", "echo"),
        A("""| Pronoun | tener (preterite) |
|---|---|
| yo | tuve |
| tú | tuviste |
| él/ella/usted | tuvo |
| nosotros | tuvimos |
| vosotros | tuvisteis |
| ellos/ellas/ustedes | tuvieron |"""),
        U("gracias. now quiz me on 5 other irregular preterites, give the person each time", "followup"),
        A("""1. hacer — yo
2. ir — él
3. poder — yo
4. decir — ella
5. venir — ellos"""),
        U("1 hice 2 fue 3 pude 4 dijo 5 vino", "plain"),
        A("4 out of 5. Number 5 was ellos, so it's **vinieron**; vino is él/ella."),
        U("ugh I always read too fast", "plain"),
        A("Happens to everyone. Same again tomorrow with five new verbs?"),
    ], platform="cli"),

    S("A", "session_20260523_081120_93dd17.json", "2026-05-23T08:11:20", [
        U("tyre pressures for a 2017 skoda octavia estate, fully loaded, 4 people + roof box for a road trip", "plain"),
        A("Most passenger cars run at around 32–35 PSI (2.2–2.4 bar). It's always best to check your pressures when the tyres are cold, ideally before you've driven more than a couple of miles, and to check them at least once a month. Under-inflated tyres increase fuel consumption and wear, while over-inflated tyres reduce grip. Don't forget the spare!"),
        U("2017 octavia estate. fully loaded.", "echo"),
        A("For a 2017 Octavia estate at full load, Skoda's figures are typically around 2.5–2.7 bar front and 2.9–3.2 bar rear (roughly 36–39 / 42–46 psi), depending on engine and tyre size. The exact values for your car are on the sticker inside the fuel filler flap: use the full-load column, not the comfort one."),
        U("flap says 2.7 / 3.1 for full load. thanks", "acceptance"),
        A("Go with that, and drop back to the normal column once the roof box comes off."),
    ], platform="cli"),

    S("A", "session_20260524_194512_e2b960.json", "2026-05-24T19:45:12", [
        U("help me split rent by income: £1,240 a month, I take home £2,900 and Jo takes home £2,100", "plain"),
        A("Splitting rent can be a sensitive topic, so it's great that you're thinking about fairness! The simplest approach is an even split: **£620 each**. This is easy to manage and avoids any feeling that one person is paying for more of the home. Some couples also split bills evenly but keep groceries separate, or take turns paying for shared extras."),
        U("by income 🙄", "echo"),
        A("""Great, splitting by income is a popular approach! Here's how it works:

**Step 1:** Add your incomes together: £2,900 + £2,100 = £5,000.
**Step 2:** Work out each person's share: £2,900 ÷ £5,000 = 58%, and £2,100 ÷ £5,000 = 42%.
**Step 3:** Apply these percentages to the rent:

| Person | Income | Share | Rent |
|---|---|---|---|
| You | £2,900 | 58% | £719.20 |
| Jo | £2,100 | 42% | £520.80 |

**Tip:** You could also use an app like Splitwise to track this automatically each month, and revisit the split whenever either of your incomes changes."""),
        U("ok the numbers are right now, but I'm pasting this into our group chat, so just the two amounts", "partial", second=True),
        A("""You: £719.20
Jo: £520.80"""),
        U("sent, Jo says fair 👍", "acceptance"),
        A("Good."),
    ], platform="cli"),
]

# ==========================================================================
# Format B: Hermes gateway transcript JSONL, one session per file
# ==========================================================================

SESSIONS += [
    S("B", "20260525_171402_3a8c1f.jsonl", "2026-05-25T17:14:02", [
        U("when do i plant garlic? zone 7b", "plain"),
        A("In zone 7b, plant garlic in early spring, as soon as the soil can be worked — usually late February to mid-March. Plant cloves pointy end up, about 5 cm deep and 15 cm apart, in well-drained soil with plenty of compost. You'll harvest in late summer when the lower leaves start to brown."),
        U("that's not right is it? everyone at the allotment puts theirs in before winter", "explicit"),
        A("You're right, autumn is better. In 7b plant from mid-October to early November, a few weeks before the ground freezes, so the cloves root before winter. Spring planting works but gives smaller bulbs. Harvest next June–July when the lower third of the leaves have browned."),
        U("ok. should I mulch them?", "followup"),
        A("Yes, about 10 cm of straw or shredded leaves once the ground gets cold. Pull it back in spring when the shoots come through."),
        U("perfect, ta", "acceptance"),
        A("Happy planting."),
    ], platform="telegram"),

    S("B", "20260526_203318_d41e07.jsonl", "2026-05-26T20:33:18", [
        U("settle an argument: in catan, what exactly happens when someone rolls a 7?", "plain"),
        A("When a 7 is rolled, no resources are produced. The player who rolled moves the robber to any other terrain hex, which blocks that hex from producing until the robber moves again. They then steal one random resource card from a player with a settlement or city next to that hex."),
        U("the robber part is what we do, fine. but what about people holding loads of cards, that's the bit we're fighting over", "partial"),
        A("Before the robber moves, everyone holding more than 7 resource cards discards half of them, rounded down, and they choose which. So 8 or 9 cards → discard 4, 10 or 11 → discard 5. Development cards don't count toward the total."),
        U("HA. dad owes me 3 brick", "plain"),
        A("Rules are rules."),
        U("can you put the discard rule in one line I can tape inside the box lid", "followup"),
        A("Roll a 7: anyone with 8+ resource cards discards half (round down), then the robber moves and steals 1."),
        U("perfect lol", "acceptance"),
        A("Hope it keeps the peace."),
    ], platform="telegram"),

    S("B", "20260527_185240_7b02c9.jsonl", "2026-05-27T18:52:40", [
        U("my daughter's stuck on 3/4 + 2/3. explain it like she's 9", "plain"),
        A("To add fractions with different denominators, first find the least common denominator (LCD). The LCD of 4 and 3 is 12. Convert each fraction to an equivalent fraction: 3/4 = 9/12 and 2/3 = 8/12. Now add the numerators: 9/12 + 8/12 = 17/12. Since 17/12 is an improper fraction, convert it to a mixed number: 1 5/12."),
        U("she is NINE. she doesn't know what a denominator is", "echo"),
        A("""Imagine two pizzas. One is cut into 4 slices and you have 3 of them. The other is cut into 3 slices and you have 2. The slices are different sizes, so you can't just count them yet.

So cut every slice smaller until both pizzas have 12 slices. Your 3 big slices become 9 small ones, and your 2 big slices become 8 small ones.

9 + 8 = 17 small slices. One whole pizza is 12 slices, so that's 1 whole pizza and 5 slices left over: 1 and 5/12."""),
        U("she got it!!! the pizza thing worked", "acceptance"),
        A("Brilliant. Want a couple of practice sums in the same style?"),
        U("nah she's done for the day, bath time", "decline_offer"),
        A("Fair enough, good work tonight."),
    ], platform="telegram"),

    S("B", "20260528_074005_f0c6a2.jsonl", "2026-05-28T07:40:05", [
        U("is the backup drive plugged in and mounted? I'm not at the desk", "plain"),
        A("""Here's the output of `diskutil list external`:

```
/dev/disk4 (external, physical):
   #:                       TYPE NAME                    SIZE       IDENTIFIER
   0:      GUID_partition_scheme                        *2.0 TB     disk4
   1:                        EFI EFI                     209.7 MB   disk4s1
   2:                 Apple_APFS Container disk5         2.0 TB     disk4s2

/dev/disk5 (synthesized):
   #:                       TYPE NAME                    SIZE       IDENTIFIER
   0:      APFS Container Scheme -                      +2.0 TB     disk5
                                 Physical Store disk4s2
   1:                APFS Volume Heron Backups           1.1 TB     disk5s1
```

This shows a 2.0 TB external physical disk (disk4) with a GUID partition scheme, containing an EFI partition and an APFS container (disk5). Inside the container there is one APFS volume, "Heron Backups", using 1.1 TB.""", tools=[
            ("diskutil list external",
             "/dev/disk4 (external, physical):\n"
             "   #:                       TYPE NAME                    SIZE       IDENTIFIER\n"
             "   0:      GUID_partition_scheme                        *2.0 TB     disk4\n"
             "   1:                        EFI EFI                     209.7 MB   disk4s1\n"
             "   2:                 Apple_APFS Container disk5         2.0 TB     disk4s2\n\n"
             "/dev/disk5 (synthesized):\n"
             "   #:                       TYPE NAME                    SIZE       IDENTIFIER\n"
             "   0:      APFS Container Scheme -                      +2.0 TB     disk5\n"
             "                                 Physical Store disk4s2\n"
             "   1:                APFS Volume Heron Backups           1.1 TB     disk5s1"),
        ]),
        U("on my phone, can't read that. is it mounted, yes or no", "repeat_narrow"),
        A("Yes — \"Heron Backups\" is mounted at /Volumes/Heron Backups.", tools=[
            ("mount | grep -i heron",
             "/dev/disk5s1 on /Volumes/Heron Backups (apfs, local, nodev, nosuid, journaled, noowners)"),
        ]),
        U("and when did the last backup finish", "followup"),
        A("This morning at 07:14.", tools=[
            ("tmutil latestbackup", "/Volumes/Heron Backups/2026-05-28-071422.backup"),
        ]),
        U("👍", "acceptance"),
        A("The next hourly one should run around 08:15."),
    ], platform="telegram", tools=True),

    S("B", "20260529_124417_25e9bd.jsonl", "2026-05-29T12:44:17", [
        U("Tu peux me donner une recette de crêpes pour 4 personnes ?", "plain"),
        A("""Sure! Here's a classic crêpe recipe for 4 people:

- 1 cup all-purpose flour
- 2 eggs
- 1 ½ cups milk
- 2 tbsp melted butter
- a pinch of salt

Whisk the flour and eggs, gradually add the milk, then the butter and salt. Let the batter rest for 30 minutes, then cook in a hot buttered pan for about 1 minute per side."""),
        U("En français stp, et avec des grammes, je n'ai pas de tasses", "instead"),
        A("""Pour 4 personnes (environ 12 crêpes) :

- 250 g de farine
- 4 œufs
- 50 cl de lait
- 50 g de beurre fondu
- 1 pincée de sel

Mélange la farine et le sel, ajoute les œufs, puis verse le lait petit à petit en fouettant pour éviter les grumeaux. Ajoute le beurre fondu, laisse reposer 1 h, puis fais cuire dans une poêle bien chaude, environ 1 minute de chaque côté."""),
        U("Parfait merci ! Et je peux préparer la pâte la veille ?", "followup"),
        A("Oui, couverte au frigo elle se garde jusqu'au lendemain. Fouette-la un peu avant la cuisson et ajoute un peu de lait si elle a épaissi."),
        U("Top 👌", "acceptance"),
        A("Bonne dégustation !"),
    ], platform="telegram"),

    S("B", "20260530_221906_9c7d14.jsonl", "2026-05-30T22:19:06", [
        U("how do I see which systemd services failed on the raspberry pi", "plain"),
        A("""systemd keeps detailed logs about every service. A good place to start is:

```
sudo journalctl -xe
```

This shows the most recent log entries with extra explanations. You can scroll with the arrow keys and press `q` to quit. For a specific service, use `systemctl status <service>`, which shows whether it's active, its recent log lines, and its main PID. You can also list every unit with `systemctl list-units`, and use `systemctl list-unit-files` to see which ones are enabled at boot."""),
        U("just the failed ones. one command", "repeat_narrow"),
        A("`systemctl --failed`"),
        U("shows grafana-server.service. fastest way to see why?", "followup"),
        A("`journalctl -u grafana-server -b --no-pager | tail -40`. The last lines from this boot usually name the problem."),
        U("bind: address already in use on 3000. oh wait thats probably my node thing I left running", "plain"),
        A("Probably. `sudo ss -ltnp 'sport = :3000'` shows who's holding it."),
        U("yep it was node. killed it and grafana is up", "acceptance"),
        A("Nice. If you need both, move one of them to another port."),
    ], platform="discord"),

    S("B", "20260601_090251_4e6a3b.jsonl", "2026-06-01T09:02:51", [
        U("morning!", "plain"),
        A("Morning! What can I do for you?"),
        U("translate this for my out-of-office, formal German: \"We are out of the office until 3 June. For urgent matters please contact Anna Weber.\"", "plain"),
        A("Hey! Wir sind bis zum 3. Juni nicht da. Wenn's dringend ist, meld dich einfach bei Anna Weber!"),
        U("that's way too casual, it goes to customers. Sie, not du", "explicit"),
    ], platform="telegram"),

    S("B", "20260602_131540_b8f27e.jsonl", "2026-06-02T13:15:40", [
        U("rewrite this CV bullet so it sounds less flat: \"Responsible for the company's social media\"", "plain"),
        A("""Here are several options, depending on the tone you want:

1. "Managed the company's social media presence across multiple platforms."
2. "Oversaw social media strategy and day-to-day content."
3. "Led social media channels, driving engagement and brand awareness."
4. "Owned end-to-end social media operations."
5. "Developed and executed social media campaigns."

Strong CV bullets start with an action verb and, where possible, include measurable results."""),
        U("rather than verb swaps, can you build it around the numbers? the instagram went from 1.2k to 9k followers in a year", "instead"),
        A("\"Grew the company Instagram from 1.2k to 9k followers in 12 months by launching a weekly content calendar, influencer partnerships and paid campaigns.\""),
        U("there were no influencers or paid ads, don't add things I didn't do", "explicit", second=True),
        A("\"Grew the company Instagram from 1.2k to 9k followers in 12 months.\""),
        U("yes. that one", "acceptance"),
        A("It's the strongest line on the page now."),
        U("can you do a linkedin headline version too, under 100 characters", "followup"),
        A("\"Social media manager | Grew a brand Instagram from 1.2k to 9k in a year\""),
        U("good enough, thx", "acceptance"),
        A("👍"),
    ], platform="telegram"),

    S("B", "20260603_195822_61c0e4.jsonl", "2026-06-03T19:58:22", [
        U("roth vs traditional IRA, short version please", "plain"),
        A("Traditional: contributions may be tax-deductible now, and withdrawals are taxed in retirement. Roth: you pay tax now, and qualified withdrawals in retirement are tax-free. Pick based on whether you expect your tax rate to be higher now or later."),
        U("and if I'm early career and expect to earn a lot more later?", "followup"),
        A("Then Roth usually wins: you pay tax at today's lower rate and never again on the growth."),
        U("makes sense. thanks!", "acceptance"),
        A("Glad it helped!"),
        U("totally unrelated but my cat has started shredding the arm of the sofa. ideas?", "new_task"),
        A("""- Put a tall, sturdy scratching post right next to that arm. Cats scratch where they already scratch.
- Make the sofa arm unpleasant for a few weeks: double-sided tape, or a throw tucked in tight.
- Give her a treat when she uses the post, and rub a little catnip on it.
- Trim her claws every couple of weeks."""),
        U("we'll try the tape + post combo", "plain"),
        A("Give it a few weeks before judging."),
    ], platform="telegram"),

    S("B", "20260604_063947_dd3a58.jsonl", "2026-06-04T06:39:47", [
        U("can you make me a workout plan", "plain"),
        A("Sure. How many days a week can you train, and what equipment do you have?"),
        U("3 days max, just a pair of adjustable dumbbells at home", "clarify_answer"),
        A("""Here's a 5-day dumbbell split:

**Mon — Chest & triceps:** floor press 4×10, flyes 3×12, overhead extension 3×12
**Tue — Back & biceps:** one-arm rows 4×10, reverse flyes 3×12, curls 3×12
**Wed — Legs:** goblet squats 4×12, Romanian deadlifts 4×10, lunges 3×10/leg
**Thu — Shoulders:** overhead press 4×10, lateral raises 3×15, shrugs 3×15
**Fri — Full body & core:** thrusters 3×10, renegade rows 3×8, plank 3×45s

Rest on weekends and increase the weight when you can complete all sets with good form."""),
        U("3 days max", "echo"),
        A("""3-day full-body plan (e.g. Mon/Wed/Fri):

**Day A:** goblet squats 3×10, floor press 3×10, one-arm rows 3×10/side, plank 3×30s
**Day B:** Romanian deadlifts 3×10, overhead press 3×8, lunges 3×8/leg, dead bugs 3×10

Alternate A/B/A one week and B/A/B the next. When you hit the top of the rep range on every set, add weight."""),
        U("doable. starting monday", "acceptance"),
        A("Start lighter than you think; the first week is about form."),
    ], platform="discord"),

    S("B", "20260605_163011_07e9c2.jsonl", "2026-06-05T16:30:11", [
        U("what time does Parkside Vets on Otley Road open on saturdays", "plain"),
        A("I can't look that up from here, I don't have web access in this setup. Want me to draft a quick message you could send them instead?"),
        U("no it's fine, I'll just ring them", "decline_offer"),
        A("Sure."),
        U("is it normal for a 10 week old puppy to sleep like 18 hours a day? she's out cold", "new_task"),
        A("Yes, completely normal. Puppies that age sleep 18–20 hours a day, and that's when a lot of their growing and learning gets done. Worry if she's hard to wake, off her food, or floppy when she is awake."),
        U("phew ok", "acceptance"),
        A("Enjoy the quiet while it lasts."),
    ], platform="telegram"),
]

# ==========================================================================
# Format C: `hermes sessions export` JSONL, several sessions per file
# ==========================================================================

SESSIONS += [
    # ---- hermes_export_2026-05-20.jsonl -------------------------------------
    S("C", "hermes_export_2026-05-20.jsonl", "2026-05-19T10:12:40", [
        U("regex for UK postcodes? it's for a signup form", "plain"),
        A("""Here's a comprehensive regular expression that validates UK postcodes according to the official format rules:

```
^(([Gg][Ii][Rr] 0[Aa]{2})|((([A-Za-z][0-9]{1,2})|(([A-Za-z][A-Ha-hJ-Yj-y][0-9]{1,2})|(([A-Za-z][0-9][A-Za-z])|([A-Za-z][A-Ha-hJ-Yj-y][0-9][A-Za-z]?))))\\s?[0-9][A-Za-z]{2}))$
```

**How it works:**
- `GIR 0AA` is a special-case postcode originally used by Girobank.
- The outward code can take several forms: A9, A99, AA9, AA99, A9A, or AA9A.
- Certain letters are not used in certain positions (for example, I, J and Z don't appear in the second position).
- The inward code is always a digit followed by two letters.
- `\\s?` allows an optional space.

Note that a regex can only check the format; to confirm that a postcode actually exists you'd need to look it up against Royal Mail's Postcode Address File (PAF) or a service like postcodes.io."""),
        U("something a human can read would be better. it only has to catch obvious typos", "instead"),
        A("`^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$` with the case-insensitive flag. It accepts all the normal formats and rejects things like missing digits or swapped halves."),
        U("ta", "acceptance"),
        A("Try it on \"SW1A 1AA\" and \"B33 8TH\" before you ship it."),
    ], title="UK postcode regex"),

    S("C", "hermes_export_2026-05-20.jsonl", "2026-05-19T16:47:05", [
        U("my bank's csv export uses semicolons instead of commas. how do I get it into a dataframe", "plain"),
        A("""You can parse it with Python's built-in `csv` module and then build the DataFrame yourself:

```python
import csv
import pandas as pd

rows = []
with open("export.csv", newline="", encoding="utf-8") as f:
    reader = csv.reader(f, delimiter=";")
    header = next(reader)
    for row in reader:
        rows.append(row)

df = pd.DataFrame(rows, columns=header)
```

Note that all columns will be strings, so you'll need to convert numeric columns with `pd.to_numeric`."""),
        U("surely pandas can read it directly? I don't want to hand-roll the parsing with csv", "reject_approach"),
        A("""`df = pd.read_csv("export.csv", sep=";", decimal=",")`

`decimal=","` is there because semicolon exports usually use commas for decimals too; with it, amounts come through as numbers."""),
        U("oh the decimal thing was going to be my next question. nice", "acceptance"),
        A("If the dates look like 31.05.2026, add `dayfirst=True, parse_dates=[\"Date\"]`."),
    ], title="Semicolon CSV into pandas"),

    S("C", "hermes_export_2026-05-20.jsonl", "2026-05-20T08:03:51", [
        U("hey timmy, you alive after the update?", "plain"),
        A("Alive and answering. What's up?"),
        U("nothing, just checking the new model loaded", "plain"),
        A("It did. Want me to run a quick check of the terminal tool as well?"),
        U("nah, all good", "decline_offer"),
        A("Okay."),
    ], title="Checking in"),

    # ---- hermes_export_2026-05-23.jsonl -------------------------------------
    S("C", "hermes_export_2026-05-23.jsonl", "2026-05-22T11:20:14", [
        U("how do I undo my last commit but keep the changes", "plain"),
        A("Use `git reset --hard HEAD~1`. This moves your branch back one commit, so the last commit is removed from history. If you've already pushed, you'll need to force-push with `git push --force`."),
        U("--hard throws away the changes, doesn't it?? that's the opposite of what I want", "explicit"),
        A("Yes, sorry. Use `git reset --soft HEAD~1`: the commit is undone and its changes stay staged. (`git reset HEAD~1` with no flag also keeps them, but unstaged.)"),
        U("ok did soft. now I want to split those changes into two commits", "followup"),
        A("Unstage everything with `git reset`, then `git add -p` to pick the hunks for the first commit, `git commit`, and repeat for the second."),
        U("add -p is magic", "acceptance"),
        A("It is. Press `s` to split a hunk that's too big."),
    ], title="Undo last git commit"),

    S("C", "hermes_export_2026-05-23.jsonl", "2026-05-22T20:31:09", [
        U("plan 3 days in Lisbon for me and my partner. we like food, walking, viewpoints. we hate museums", "plain"),
        A("""**Day 1 — Belém:** Jerónimos Monastery, the Maritime Museum, and MAAT, finishing with pastéis de Belém.
**Day 2 — Baixa & Chiado:** the Gulbenkian Museum in the morning, the MUDE design museum, then dinner in Bairro Alto.
**Day 3 — Alfama:** the National Tile Museum, the Fado Museum, and sunset at Miradouro de Santa Luzia."""),
        U("we hate museums. that's like 7 museums", "echo"),
        A("""**Day 1 — Alfama & Graça:** wander the lanes up to São Jorge Castle, lunch at a tasca, sunset at Miradouro da Senhora do Monte.
**Day 2 — Baixa, Chiado & Bairro Alto:** Time Out Market for lunch, walk up to Miradouro de São Pedro de Alcântara, dinner and drinks in Bairro Alto.
**Day 3 — Belém:** the National Coach Museum and the Maritime Museum, then pastéis de Belém."""),
        U("days 1 and 2 are great. day 3 has museums again though", "partial", second=True),
        A("**Day 3 — LX Factory & the river:** brunch at LX Factory, walk along the river to Belém for pastéis de Belém (skip the monuments), then the 15E tram back and dinner in Cais do Sodré."),
        U("great, that works. can you squash all 3 days into a short note I can send her, like 5 lines", "followup"),
        A("""Lisbon plan ✈️
Day 1: Alfama lanes → castle → sunset at Senhora do Monte
Day 2: Time Out Market → São Pedro de Alcântara → Bairro Alto night
Day 3: LX Factory brunch → river walk to Belém for pastéis → Cais do Sodré dinner
No museums, promise."""),
        U("haha perfect", "acceptance"),
        A("Have a great trip."),
    ], title="Lisbon long weekend"),

    S("C", "hermes_export_2026-05-23.jsonl", "2026-05-23T07:55:42", [
        U("if it's 18:30 in Sydney on 14 March, what time is it in London", "plain"),
        A("Sydney is 10 hours ahead of London, so 18:30 in Sydney is 08:30 in London."),
        U("hm, isn't Sydney still on daylight saving mid-March? pretty sure you're an hour out", "explicit"),
    ], title="Sydney to London time"),

    # ---- hermes_export_2026-05-27.jsonl -------------------------------------
    S("C", "hermes_export_2026-05-27.jsonl", "2026-05-25T14:06:33", [
        U("excel formula to show the day of the week for the date in A2", "plain"),
        A("`=WEEKDAY(A2)` returns the day of the week as a number from 1 (Sunday) to 7 (Saturday). You can change the numbering with the second argument, e.g. `=WEEKDAY(A2, 2)` makes Monday 1."),
        U("need the actual day name, e.g. Thursday", "repeat_narrow"),
        A("`=TEXT(A2, \"dddd\")` gives \"Thursday\"; `\"ddd\"` gives \"Thu\"."),
        U("there we go", "acceptance"),
        A("If your Excel is set to another language the format code can differ, e.g. \"TTTT\" in German."),
    ], title="Weekday name formula"),

    S("C", "hermes_export_2026-05-27.jsonl", "2026-05-26T09:41:18", [
        U("my laptop takes forever to wake from sleep, like 30+ seconds", "plain"),
        A("Which laptop, the MacBook or the Windows work one?"),
        U("the work one, a dell latitude 5440 with windows 11", "clarify_answer"),
        A("""Most likely culprits on Latitudes:

1. **Fast Startup / hibernate** — if it's hibernating instead of sleeping, waking takes much longer. In Power Options, untick "Turn on fast startup" and check the hibernate timeout.
2. **BitLocker pre-boot PIN** after hibernate adds more time on top.
3. **Outdated BIOS and Intel graphics drivers** — run Dell Command | Update.

Start with 3; it's the most common fix."""),
        U("IT locks down the BIOS stuff but I'll ask them. trying fast startup first", "plain"),
        A("That setting needs admin rights on most managed laptops too, so it's worth mentioning both to IT."),
    ], title="Slow wake from sleep"),

    S("C", "hermes_export_2026-05-27.jsonl", "2026-05-27T17:12:56", [
        U("Wie lange backe ich ein Sauerteigbrot im Gusseisentopf bei 250 Grad?", "plain"),
        A("Ein Sauerteigbrot im Gusseisentopf sollte etwa 90 Minuten bei 250 °C backen, damit es innen vollständig durchgebacken ist."),
        U("90 Minuten bei 250? Dann hab ich Kohle im Topf 😅 das stimmt doch nicht", "explicit"),
        A("Stimmt, das war viel zu lang. Üblich sind 20 Minuten mit Deckel bei 250 °C, dann Deckel runter und weitere 20–25 Minuten bei etwa 230 °C, bis die Kruste schön dunkel ist. Bei etwa 96 °C Kerntemperatur ist es fertig."),
        U("Danke, so mache ich's", "acceptance"),
        A("Gutes Gelingen!"),
    ], title="Sauerteigbrot Backzeit"),

    # ---- hermes_export_2026-05-30.jsonl -------------------------------------
    S("C", "hermes_export_2026-05-30.jsonl", "2026-05-28T13:27:04", [
        U("count the lines in all the .py files in ~/code/birdfeeder", "plain"),
        A("""Here's a small Python script that does it:

```python
import os

total = 0
for root, dirs, files in os.walk(os.path.expanduser("~/code/birdfeeder")):
    for name in files:
        if name.endswith(".py"):
            with open(os.path.join(root, name), encoding="utf-8", errors="ignore") as f:
                total += sum(1 for _ in f)
print(total)
```

Save it as `count_lines.py` and run `python3 count_lines.py`."""),
        U("no script please, I want a shell one-liner", "reject_approach"),
        A("`find ~/code/birdfeeder -name '*.py' -print0 | xargs -0 cat | wc -l`"),
        U("cheers, 4,212", "acceptance"),
        A("That includes blank lines and comments; `cloc` splits them out if you ever want that."),
    ], title="Count Python lines"),

    S("C", "hermes_export_2026-05-30.jsonl", "2026-05-29T18:05:37", [
        U("5 vegetarian dinners for next week. no mushrooms (partner hates them), each under 30 mins", "plain"),
        A("""1. Creamy mushroom risotto (45 min)
2. Chickpea and spinach curry (25 min)
3. Halloumi and roasted veg traybake (35 min)
4. Black bean tacos (20 min)
5. Pesto pasta with peas (15 min)"""),
        U("mushroom risotto is literally first, and two of these are over 30 min", "explicit"),
        A("""1. Stuffed portobello mushrooms with feta (25 min)
2. Chickpea and spinach curry (25 min)
3. Halloumi and veg skewers (25 min)
4. Black bean tacos (20 min)
5. Pesto pasta with peas (15 min)"""),
        U("portobellos are mushrooms 😂 no mushrooms means none at all", "echo", second=True),
        A("""1. Egg fried rice with edamame (20 min)
2. Chickpea and spinach curry (25 min)
3. Halloumi and veg skewers (25 min)
4. Black bean tacos (20 min)
5. Pesto pasta with peas (15 min)"""),
        U("perfect. now a shopping list for all 5", "followup"),
        A("""**Veg:** spinach 200 g, 2 peppers, 1 courgette, 1 red onion, 2 spring onions, 1 lime, garlic, ginger
**Fridge/freezer:** halloumi 250 g, frozen edamame, frozen peas, 4 eggs, fresh pesto
**Cupboard:** 2 tins chickpeas, 1 tin coconut milk, 2 tins black beans, rice, pasta, taco shells, curry paste, soy sauce

Check what you already have before buying the cupboard stuff."""),
        U("legend, thanks", "acceptance"),
        A("Enjoy the week."),
    ], title="Vegetarian dinners"),

    S("C", "hermes_export_2026-05-30.jsonl", "2026-05-29T21:48:12", [
        U("whats 15% of 86.40", "plain"),
        A("12.96"),
        U("thx. and that split 3 ways?", "followup"),
        A("4.32 each."),
        U("👌", "acceptance"),
        A("👍"),
    ], title="Tip maths"),

    S("C", "hermes_export_2026-05-30.jsonl", "2026-05-30T10:16:29", [
        U("scale my soup recipe up to serve 10", "plain"),
        A("Happy to. Can you paste the recipe? I don't have it in this chat."),
        U("red lentil soup: 300g red lentils, 1 onion, 2 carrots, 1.2 l veg stock, 1 tsp cumin, juice of half a lemon. serves 4", "clarify_answer"),
        A("""For 10 (×2.5):

- 750 g red lentils
- 2–3 onions
- 5 carrots
- 3 l veg stock
- 2½ tsp cumin
- juice of 1¼ lemons (just use 1 and taste)

You'll need a pot of at least 5 litres."""),
        U("🙏 perfect", "acceptance"),
        A("Enjoy the soup."),
    ], title="Scale lentil soup"),
]

# ==========================================================================
# Format D: ShareGPT trajectories JSONL, one conversation per line
# (the second file puts an empty <think></think> block before every gpt
#  value; labels hold the reply text after that block)
# ==========================================================================

SESSIONS += [
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

# ==========================================================================
# Format E: plain chat log JSONL, one session per file
# (assistant role is "timmy" in some files and "assistant" in others)
# ==========================================================================

SESSIONS += [
    S("E", "session_2026-06-12.jsonl", "2026-06-12T20:05:14", [
        U("casting on a beanie. worsted yarn, gauge 18 sts per 10 cm, head is 56 cm. how many stitches?", "plain"),
        DECISION("Answer from general knowledge without running anything", "Gauge arithmetic"),
        A("""Great question — getting the stitch count right is the key to a hat that fits! Hats are usually knit with negative ease, meaning the finished circumference is a little smaller than the head so the fabric stretches to hug it. A common amount is about 10%, so for a 56 cm head you'd aim for around 50 cm.

At 18 stitches per 10 cm, that's 1.8 stitches per cm. Multiplying 50 × 1.8 gives 90 stitches. Depending on your stitch pattern, you may need to round this to a multiple that works for your rib or pattern repeat, so you might end up casting on somewhere between 88 and 92 stitches. It's always a good idea to knit a gauge swatch in the round, and to wash and block it, because gauge can change after washing!"""),
        U("number only please, and it needs to be a multiple of 4 for the 2x2 rib", "repeat_narrow"),
        A("88."),
        U("casting on now 🧶", "acceptance"),
        A("Enjoy."),
        U("Actually, when should I start the crown decreases? it's for my brother, same head size as me", "followup"),
        A("At about 15–16 cm from the cast-on edge (18 cm if he likes it slouchy). With 88 stitches, decrease 8 every other round: k9, k2tog around, then k8, k2tog, and so on down."),
        U("noted, thx", "acceptance"),
        A("Happy knitting."),
    ], role="timmy"),

    S("E", "session_2026-06-13.jsonl", "2026-06-13T15:48:39", [
        U("laptop fan has been screaming all afternoon, what's hogging the cpu", "plain"),
        A("Spotlight's indexer, mds_stores, at 187% CPU. Slack is a distant second at 22%.", tools=[
            ("ps -Ao pid,pcpu,comm -r | head -4",
             "  PID  %CPU COMM\n"
             "  412 187.3 /System/Library/Frameworks/CoreServices.framework/Frameworks/Metadata.framework/Versions/A/Support/mds_stores\n"
             " 9831  22.1 /Applications/Slack.app/Contents/MacOS/Slack\n"
             "  388   9.4 /System/Library/CoreServices/WindowServer"),
        ]),
        U("it's been like that since tuesday", "plain"),
        A("That's longer than a normal reindex. I can rebuild the index with `sudo mdutil -E /`, which usually unsticks it. Want me to?"),
        U("no don't rebuild anything yet. can you see what it's actually indexing?", "decline_offer"),
        ERROR("terminal tool timed out after 60s", "fs_usage started without a time limit; retried with -t 5"),
        A("Almost all of it is ~/code/monorepo/node_modules: 4,121 file hits in 5 seconds. It's probably reindexing every time npm installs something.", tools=[
            ("sudo fs_usage -w -f filesys -t 5 mds_stores | grep -o '/Users/[^ ]*' | cut -d/ -f1-6 | sort | uniq -c | sort -rn | head -3",
             "   4121 /Users/dana/code/monorepo/node_modules\n     37 /Users/dana/Library/Mail\n      9 /Users/dana/Documents/notes"),
        ]),
        U("ahh that makes sense. how do I exclude that folder", "followup"),
        A("System Settings → Siri & Spotlight → Spotlight Privacy → + → pick ~/code/monorepo/node_modules (or all of ~/code). It stops indexing that folder straight away."),
        U("done, fan's already calming down", "acceptance"),
        A("Good."),
    ], role="assistant"),

    S("E", "session_2026-06-14.jsonl", "2026-06-14T09:26:03", [
        U("google sheets formula: number of days until payday. payday is the 25th every month", "plain"),
        A("""`=DATE(YEAR(TODAY()), MONTH(TODAY()), 25) - TODAY()`

Format the cell as a number, not a date."""),
        U("that works today but after the 25th it goes negative. it should count to next month's 25th", "partial"),
        A("""`=DATE(YEAR(TODAY()), MONTH(TODAY()) + (DAY(TODAY()) > 25), 25) - TODAY()`

After the 25th it jumps to next month; DATE handles December → January by itself."""),
        U("cheers, that's the one", "acceptance"),
        A("👍"),
        U("no wait, one more: can it say \"payday!\" on the day itself instead of 0", "followup"),
        A("`=LET(d, DATE(YEAR(TODAY()), MONTH(TODAY()) + (DAY(TODAY()) > 25), 25) - TODAY(), IF(d = 0, \"payday!\", d))`"),
        U("😂 love it", "acceptance"),
        A("Roll on the 25th."),
    ], role="timmy"),

    S("E", "session_2026-06-15.jsonl", "2026-06-15T11:52:47", [
        U("what's a houseplant that's basically impossible to kill? my flat gets almost no sun", "plain"),
        A("""Here are some great low-light, low-maintenance houseplants:

1. **ZZ plant** — stores water in its rhizomes; thrives on neglect.
2. **Snake plant** — tolerates low light and infrequent watering.
3. **Pothos** — fast-growing trailer that copes with dim corners.
4. **Cast iron plant** — the name says it all.
5. **Peace lily** — droops dramatically when thirsty, then recovers.
6. **Philodendron** — heartleaf varieties are very forgiving.
7. **Chinese evergreen** — comes in lots of leaf colours.
8. **Parlour palm** — a small palm that likes shade.
9. **Spider plant** — produces baby plants you can pot up.
10. **Dracaena** — tall and architectural.

Most of these prefer to dry out between waterings, so the biggest risk is overwatering!"""),
        U("honestly I'd prefer you just pick for me. which one would you get?", "instead"),
        A("A ZZ plant. It copes with almost no light, and you only water it when the soil is completely dry, roughly once a month."),
        U("ZZ it is, ordering one", "acceptance"),
        A("Want me to set a monthly watering reminder?"),
        U("nope, I'll just water it when I do the others", "decline_offer"),
        A("Fair enough."),
    ], role="assistant"),

    S("E", "session_2026-06-16.jsonl", "2026-06-16T18:33:21", [
        U("I need a name for my sourdough starter", "plain"),
        A("Love it. Any direction: puns, a person's name, something from a film?"),
        U("puns, the worse the better", "clarify_answer"),
        A("""- Clint Yeastwood
- Bread Pitt
- Doughlene Dion
- Sir Loaf-a-lot
- The Yeasty Boys"""),
        U("Bread Pitt. obviously", "acceptance"),
        A("Long may he rise."),
        U("Actually while you're here, what temp should I keep him at? kitchen is pretty cold", "new_task"),
        A("Around 24–26 °C is ideal. In a cold kitchen, try the oven with just the light on (crack the door if it goes above 30 °C), or the top of the fridge."),
        U("oven light trick, nice", "acceptance"),
        A("Put a note on the oven so nobody preheats it with him inside."),
    ], role="timmy"),

    S("E", "session_2026-06-17.jsonl", "2026-06-17T22:10:58", [
        U("how do I get my zsh prompt to show the current git branch", "plain"),
        A("""The easiest way is to install Oh My Zsh, which includes git integration out of the box:

```
sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"
```

Then set a theme that shows the branch, e.g. in ~/.zshrc:

```
ZSH_THEME="robbyrussell"
```

Restart your terminal and the branch will appear whenever you're inside a git repository. Oh My Zsh also gives you hundreds of plugins and themes to explore."""),
        U("not installing a whole framework for one feature. plain zsh please", "reject_approach"),
        A("""Add this to ~/.zshrc:

```
autoload -Uz vcs_info
precmd() { vcs_info }
zstyle ':vcs_info:git:*' formats '(%b) '
PROMPT='%~ ${vcs_info_msg_0_}%# '
```"""),
        U("closer, no framework at least, but now the prompt literally prints ${vcs_info_msg_0_}", "partial", second=True),
        A("""Add `setopt PROMPT_SUBST` before the PROMPT line; without it zsh doesn't expand variables in the prompt:

```
autoload -Uz vcs_info
precmd() { vcs_info }
zstyle ':vcs_info:git:*' formats '(%b) '
setopt PROMPT_SUBST
PROMPT='%~ ${vcs_info_msg_0_}%# '
```

Then `source ~/.zshrc`."""),
        U("there it is, (main). thank you", "acceptance"),
        A("Enjoy the new prompt."),
    ], role="assistant"),

    S("E", "session_2026-06-18.jsonl", "2026-06-18T07:44:16", [
        U("recommend me a history podcast", "plain"),
        A("""Here are some popular history podcasts:

- **Hardcore History** (Dan Carlin) — epic multi-hour deep dives.
- **The Rest Is History** — two historians chatting across every era.
- **Revolutions** (Mike Duncan) — one revolution per series.
- **You're Dead to Me** — comedy meets history.
- **History Extra** — from BBC History Magazine.
- **Fall of Civilizations** — long, atmospheric episodes on collapsing empires.
- **Stuff You Missed in History Class** — lesser-known stories.
- **The History of Rome** — the whole of Rome in 179 episodes."""),
        U("specifically ancient rome, and episodes I can finish on a 25 minute commute", "repeat_narrow"),
        A("**The History of Rome** by Mike Duncan. Most episodes are 20–30 minutes, and it runs in order from the founding to the fall of the West, so just start at episode 1."),
        U("downloaded, ty", "acceptance"),
        A("Want a couple more in the same style for when you finish it?"),
        U("no, that's 179 episodes, I'm good for a while 😅", "decline_offer"),
        A("Fair point. Enjoy."),
    ], role="timmy"),

    S("E", "session_2026-06-19.jsonl", "2026-06-19T17:20:35", [
        U("back up my Notes export folder to the external drive", "plain"),
        A("There are two external drives connected: LACIE and UNTITLED. Which one?", tools=[
            ("ls /Volumes", "LACIE\nMacintosh HD\nUNTITLED"),
        ]),
        U("lacie, the other one's a camera card", "clarify_answer"),
        DECISION("Copy with rsync -a rather than Finder", "Preserves timestamps and can be rerun incrementally"),
        A("Copied ~/Documents/NotesExport to /Volumes/LACIE/NotesExport: 1,284 files, 212 MB.", tools=[
            ("rsync -a --stats ~/Documents/NotesExport /Volumes/LACIE/ | grep -E 'Number of regular files transferred|Total transferred file size'",
             "Number of regular files transferred: 1,284\nTotal transferred file size: 212,447,381 bytes"),
        ]),
        U("great. can you make it a dated folder so next time doesn't overwrite this one", "followup"),
        A("Renamed it to NotesExport-2026-06-19. Next time I'll copy into a folder with that day's date.", tools=[
            ("mv /Volumes/LACIE/NotesExport /Volumes/LACIE/NotesExport-2026-06-19 && ls /Volumes/LACIE",
             "NotesExport-2026-06-19\nPhotos-archive"),
        ]),
        U("perfect, eject it please", "followup"),
        A("Ejected, safe to unplug.", tools=[
            ("diskutil eject /Volumes/LACIE", "Disk /Volumes/LACIE ejected"),
        ]),
        U("👍", "acceptance"),
    ], role="assistant"),

    S("E", "session_2026-06-20.jsonl", "2026-06-20T10:58:02", [
        U("write a message to my neighbour asking if they could trim their hedge, it's growing over the footpath and people with buggies have to go in the road", "plain"),
        A("""Dear Neighbour,

I hope this letter finds you well. I am writing to respectfully bring to your attention that the hedge at the front of your property has grown to the extent that it now overhangs the public footpath. As a consequence, pedestrians, particularly those with pushchairs, are being obliged to step into the road, which presents a safety concern.

I would be most grateful if you could arrange for the hedge to be trimmed at your earliest convenience.

Yours faithfully,
[Your name]"""),
        U("we're on good terms, make it a friendly whatsapp message", "instead"),
        A("Hi Pete! Hope you're well. Quick one: the hedge out front has got a bit wild and it's spilling over the path, so people with buggies are having to step into the road. Any chance you could give it a trim when you get a minute? Happy to lend you my hedge trimmer if that helps 🙂"),
        U("lovely, sent", "acceptance"),
        A("Hope he's quick with the shears."),
        U("ha. different topic: what's the best way to get moss off a patio", "new_task"),
        A("A pressure washer is the quickest way: use a rotary (turbo) nozzle and work in overlapping strips, keeping the lance about 30 cm from the surface. Afterwards, apply a patio cleaner or diluted bleach solution to kill any spores, and brush kiln-dried sand back into the joints."),
        U("no pressure washer, it's old sandstone and I don't want to blast the surface off it", "reject_approach"),
        A("""For old sandstone, go gentle:

1. Scrape off the thick moss with a plastic scraper or a stiff broom on a dry day.
2. Apply a biocide labelled safe for natural stone (no bleach, no acid) and leave it; it works over a few weeks as rain washes it in.
3. Brush off what's left once it has gone brown."""),
        U("ok, job for the weekend", "acceptance"),
        A("Pick a dry forecast for step 2."),
    ], role="timmy"),

    S("E", "session_2026-06-21.jsonl", "2026-06-21T16:37:44", [
        U("stretches for lower back after sitting all day?", "plain"),
        A("""Here's a comprehensive routine to relieve lower back tension:

1. **Knee-to-chest stretch** — lie on your back and pull one knee toward your chest. Hold 30 seconds per side.
2. **Cat-cow** — on all fours, alternate arching and rounding your back, 10 reps.
3. **Child's pose** — kneel, sit back on your heels and reach forward. Hold 30–60 seconds.
4. **Piriformis stretch** — lying on your back, cross one ankle over the opposite knee and pull toward you.
5. **Supine twist** — lie on your back and let both knees fall to one side.
6. **Cobra** — lie face down and press up gently through your hands.
7. **Hip flexor lunge** — kneel on one knee and shift your hips forward.
8. **Hamstring stretch with a strap** — lie on your back with one leg raised.
9. **Pelvic tilts** — lying on your back, flatten your lower back into the floor.
10. **Glute bridge** — 10–15 reps to activate the glutes.

Aim to do this routine daily, and consult a physiotherapist if pain persists."""),
        U("3 I can do at my desk", "repeat_narrow"),
        A("""1. **Seated twist** — sit tall, hold the back of your chair and rotate gently. 20 seconds each side.
2. **Standing back extension** — stand up, hands on your lower back, lean back slightly. 5 reps.
3. **Knee-to-chest stretch** — lie on your back and hug one knee in. 30 seconds per side."""),
        U("first two are good but I'm not lying on the office carpet 😂 swap the third", "partial", second=True),
        A("3. **Seated figure-four** — sit, put your right ankle on your left knee, and lean forward with a straight back until you feel it in your hip. 30 seconds each side."),
        U("doing them now, the figure four is spicy", "acceptance"),
        A("That's a tight piriformis talking. It gets easier after a few days."),
    ], role="assistant"),
]


# ==========================================================================
# labels: derived mechanically from the hand-assigned kinds + the definition
# ==========================================================================

def chat_turns(session):
    """user/assistant turns only (decision/error lines are format-E decoration)."""
    return [t for t in session["turns"] if t["t"] in ("user", "assistant")]


def derive_labels(session):
    turns = chat_turns(session)
    labels = [None] * len(turns)
    info = {}  # index of correction turn -> dict(prompt_last_user, rejected, chosen_idx)

    def next_index(start, role):
        for j in range(start, len(turns)):
            if turns[j]["t"] == role:
                return j
        return None

    for i, t in enumerate(turns):
        if t["t"] != "user":
            continue
        if t["kind"] not in CORRECTION_KINDS:
            assert not t["second"], ("second on a non-correction", t["text"])
            continue
        # the corrected reply is the assistant turn right before this user turn
        assert i > 0 and turns[i - 1]["t"] == "assistant", ("correction without a reply to correct", t["text"])
        rej = i - 1
        answered = rej - 1
        assert answered >= 0 and turns[answered]["t"] == "user"
        if answered in info:          # the rejected reply was itself a retry
            assert t["second"], ("should be marked second", t["text"])
            prompt_last_user = info[answered]["prompt_last_user"]
        else:
            assert not t["second"], ("wrongly marked second", t["text"])
            prompt_last_user = turns[answered]["text"]
        info[i] = {"prompt_last_user": prompt_last_user, "rejected": turns[rej]["text"]}

    def chosen_for(i):
        reply = next_index(i + 1, "assistant")
        if reply is None or reply != i + 1:
            return None               # corrected, but never answered again
        after = next_index(reply + 1, "user")
        assert after is not None, ("session ends right after a retry", turns[reply]["text"][:60])
        if after in info:             # the retry got corrected too
            return chosen_for(after)
        return turns[reply]["text"]

    for i, t in enumerate(turns):
        if t["t"] != "user":
            continue
        rec = {"turn": t["text"], "kind": t["kind"],
               "correction": t["kind"] in CORRECTION_KINDS, "second": t["second"]}
        if i in info:
            rec["prompt_last_user"] = info[i]["prompt_last_user"]
            rec["rejected"] = info[i]["rejected"]
            rec["chosen"] = chosen_for(i)
        labels[i] = rec
    return [r for r in labels if r is not None]


# ==========================================================================
# serialisers
# ==========================================================================

def parse_start(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def epoch(t):
    return calendar.timegm(t.timetuple()) + t.microsecond / 1e6


def hexid(*parts, n=6):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


class Clock:
    """Deterministic, plausible timestamps for one session."""

    def __init__(self, session):
        self.t = parse_start(session["start"])
        self.rng = random.Random(session["file"] + "#" + session["start"])
        self.first = True

    def step(self, what):
        r = self.rng
        if what == "user":
            sec = r.uniform(2.5, 6.0) if self.first else r.uniform(18, 150)
            self.first = False
        elif what == "assistant":
            sec = r.uniform(3, 16)
        else:  # tool / decision / error
            sec = r.uniform(0.3, 3.5)
        self.t += dt.timedelta(seconds=sec, microseconds=r.randrange(0, 999999))
        return self.t


def tool_result(out, code):
    return json.dumps({"output": out, "exit_code": code}, ensure_ascii=False)


def split_tool(tool):
    cmd, out = tool[0], tool[1]
    code = tool[2] if len(tool) > 2 else 0
    return cmd, out, code


def hermes_messages(session, with_ts, ts_fmt=iso):
    """Messages in Hermes shape (formats A, B, C)."""
    clock = Clock(session)
    msgs, call_n = [], 0
    for t in session["turns"]:
        if t["t"] == "user":
            m = {"role": "user", "content": t["text"]}
            if with_ts:
                m["timestamp"] = ts_fmt(clock.step("user"))
            msgs.append(m)
        elif t["t"] == "assistant":
            for tool in t["tools"]:
                cmd, out, code = split_tool(tool)
                call_n += 1
                cid = "call_%d" % call_n
                m = {"role": "assistant", "content": "", "reasoning": None,
                     "finish_reason": "tool_calls",
                     "tool_calls": [{"id": cid, "type": "function",
                                     "function": {"name": "terminal",
                                                  "arguments": json.dumps({"command": cmd}, ensure_ascii=False)}}]}
                if with_ts:
                    m["timestamp"] = ts_fmt(clock.step("assistant"))
                msgs.append(m)
                m = {"role": "tool", "tool_call_id": cid, "tool_name": "terminal",
                     "content": tool_result(out, code)}
                if with_ts:
                    m["timestamp"] = ts_fmt(clock.step("tool"))
                msgs.append(m)
            m = {"role": "assistant", "content": t["text"], "reasoning": None, "finish_reason": "stop"}
            if with_ts:
                m["timestamp"] = ts_fmt(clock.step("assistant"))
            msgs.append(m)
    return msgs, clock.t


def write_A(session):
    msgs, end = hermes_messages(session, with_ts=False)
    # advance a clock separately for session_start / last_updated
    clock = Clock(session)
    start = parse_start(session["start"])
    for t in session["turns"]:
        if t["t"] in ("user", "assistant"):
            clock.step(t["t"])
    sid = session["file"][len("session_"):-len(".json")]
    doc = {
        "session_id": sid,
        "model": MODEL,
        "base_url": "http://127.0.0.1:11434/v1",
        "platform": session["meta"].get("platform", "cli"),
        "session_start": iso(start + dt.timedelta(microseconds=random.Random(sid).randrange(999999))),
        "last_updated": iso(clock.t + dt.timedelta(seconds=2)),
        "system_prompt": SYSTEM,
        "tools": [TERMINAL_TOOL],
        "message_count": len(msgs),
        "messages": msgs,
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_B(session):
    msgs, _ = hermes_messages(session, with_ts=True)
    meta = {"role": "session_meta",
            "tools": [TERMINAL_TOOL] if session["meta"].get("tools") else [],
            "model": MODEL,
            "platform": session["meta"].get("platform", "telegram"),
            "timestamp": iso(parse_start(session["start"]))}
    lines = [meta] + msgs
    return "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in lines)


def c_session(session):
    assert not any(t.get("tools") for t in session["turns"]), "format C sessions carry no tool calls"
    msgs, end = hermes_messages(session, with_ts=True, ts_fmt=lambda t: round(epoch(t), 2))
    for m in msgs:  # the export keeps only role/content/timestamp
        m.pop("reasoning", None)
        m.pop("finish_reason", None)
    start = parse_start(session["start"])
    sid = start.strftime("%Y%m%d_%H%M%S_") + hexid(session["file"], session["start"])
    return {"id": sid, "source": "cli", "model": MODEL,
            "started_at": round(epoch(start), 2),
            "ended_at": round(epoch(end) + 2.7, 2),
            "title": session["meta"]["title"],
            "messages": msgs}


D_SYSTEM = (SYSTEM + "\n\nYou are a function calling AI model. You are provided with function "
            "signatures within <tools> </tools> XML tags. You may call one or more functions "
            "to assist with the user query. Don't make assumptions about what values to plug "
            "into functions.\n<tools>\n"
            + json.dumps([TERMINAL_TOOL["function"]], ensure_ascii=False)
            + "\n</tools>\nFor each function call return a JSON object with the function name "
            "and arguments within <tool_call> </tool_call> XML tags.")

THINK = "<think>\n\n</think>\n"


def d_session(session, think):
    pre = THINK if think else ""
    conv = [{"from": "system", "value": D_SYSTEM}]
    call_n = 0
    last = None
    for t in session["turns"]:
        if t["t"] == "user":
            conv.append({"from": "human", "value": t["text"]})
            last = "user"
        elif t["t"] == "assistant":
            for tool in t["tools"]:
                cmd, out, code = split_tool(tool)
                call_n += 1
                call = json.dumps({"name": "terminal", "arguments": {"command": cmd}}, ensure_ascii=False)
                conv.append({"from": "gpt", "value": pre + "<tool_call>\n" + call + "\n</tool_call>"})
                resp = json.dumps({"tool_call_id": "call_%d" % call_n, "name": "terminal",
                                   "content": {"output": out, "exit_code": code}}, ensure_ascii=False)
                conv.append({"from": "tool", "value": "<tool_response>\n" + resp + "\n</tool_response>"})
            conv.append({"from": "gpt", "value": pre + t["text"]})
            last = "assistant"
    return {"conversations": conv,
            "timestamp": iso(parse_start(session["start"]) + dt.timedelta(
                microseconds=random.Random(session["start"]).randrange(999999))),
            "model": MODEL,
            "completed": last == "assistant"}


def write_E(session):
    role = session["meta"]["role"]
    clock = Clock(session)
    lines = []
    for t in session["turns"]:
        if t["t"] == "user":
            lines.append({"type": "message", "role": "user", "content": t["text"],
                          "timestamp": iso(clock.step("user"))})
        elif t["t"] == "decision":
            lines.append({"type": "decision", "decision": t["decision"], "rationale": t["rationale"],
                          "timestamp": iso(clock.step("decision"))})
        elif t["t"] == "error":
            lines.append({"type": "error", "error": t["error"], "context": t["context"],
                          "timestamp": iso(clock.step("error"))})
        else:
            for tool in t["tools"]:
                cmd, out, code = split_tool(tool)
                lines.append({"type": "tool_call", "tool": "terminal", "args": {"command": cmd},
                              "result": tool_result(out, code), "timestamp": iso(clock.step("tool"))})
            lines.append({"type": "message", "role": role, "content": t["text"],
                          "timestamp": iso(clock.step("assistant"))})
    return "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in lines)


def build():
    """Return {file name: text} and the ordered label list."""
    by_file = collections.OrderedDict()
    for s in SESSIONS:
        by_file.setdefault(s["file"], []).append(s)
    for f, group in by_file.items():
        assert len({s["fmt"] for s in group}) == 1, f
        fmt = group[0]["fmt"]
        if fmt in ("A", "B", "E"):
            assert len(group) == 1, ("one session per file", f)
        if fmt == "C":
            assert 2 <= len(group) <= 4, f

    files, labels = collections.OrderedDict(), []
    for f, group in by_file.items():
        fmt = group[0]["fmt"]
        if fmt == "A":
            files[f] = write_A(group[0])
        elif fmt == "B":
            files[f] = write_B(group[0])
        elif fmt == "C":
            files[f] = "".join(json.dumps(c_session(s), ensure_ascii=False) + "\n" for s in group)
        elif fmt == "D":
            files[f] = "".join(json.dumps(d_session(s, f in THINK_FILES), ensure_ascii=False) + "\n"
                               for s in group)
        elif fmt == "E":
            files[f] = write_E(group[0])
        for idx, s in enumerate(group):
            for rec in derive_labels(s):
                out = {"file": f, "session": idx}
                out.update(rec)
                labels.append(out)
    return files, labels


# ==========================================================================
# independent re-parse of the written files
# ==========================================================================

def read_sessions(path):
    """Return a list of sessions, each a list of (role, text) with role user/assistant."""
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if name.endswith(".json"):                                 # A
        doc = json.loads(raw)
        return [[(m["role"], m["content"]) for m in doc["messages"]
                 if m["role"] == "user" or (m["role"] == "assistant" and not m.get("tool_calls"))]]
    rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
    first = rows[0]
    if first.get("role") == "session_meta":                    # B
        return [[(m["role"], m["content"]) for m in rows[1:]
                 if m["role"] == "user" or (m["role"] == "assistant" and not m.get("tool_calls"))]]
    if "conversations" in first:                               # D
        out = []
        for r in rows:
            sess = []
            for m in r["conversations"]:
                v = m["value"]
                if m["from"] == "human":
                    sess.append(("user", v))
                elif m["from"] == "gpt":
                    if v.startswith("<think>"):
                        v = v[v.index("</think>") + len("</think>"):].lstrip("\n")
                    if not v.startswith("<tool_call>"):
                        sess.append(("assistant", v))
            out.append(sess)
        return out
    if "messages" in first:                                    # C
        return [[(m["role"], m["content"]) for m in r["messages"]
                 if m["role"] in ("user", "assistant")] for r in rows]
    if "type" in first:                                        # E
        sess = []
        for r in rows:
            if r["type"] == "message":
                sess.append(("user" if r["role"] == "user" else "assistant", r["content"]))
        return [sess]
    raise ValueError("unknown format: " + name)


def check(outdir, files, labels):
    problems = []
    parsed = {f: read_sessions(os.path.join(outdir, f)) for f in files}

    # labels cover every user turn, in order, exactly
    per = collections.defaultdict(list)
    for rec in labels:
        per[(rec["file"], rec["session"])].append(rec)
    n_sessions = 0
    for f, sessions in parsed.items():
        for si, sess in enumerate(sessions):
            n_sessions += 1
            users = [t for r, t in sess if r == "user"]
            got = [rec["turn"] for rec in per[(f, si)]]
            if users != got:
                problems.append("user turns / labels differ in %s #%d" % (f, si))
            assistants = [t for r, t in sess if r == "assistant"]
            for rec in per[(f, si)]:
                if not rec["correction"]:
                    continue
                ui = [k for k, (r, t) in enumerate(sess) if r == "user" and t == rec["turn"]][0]
                if rec["prompt_last_user"] not in users:
                    problems.append("prompt_last_user missing: " + rec["turn"])
                if rec["rejected"] not in [t for r, t in sess[:ui] if r == "assistant"]:
                    problems.append("rejected missing before correction: " + rec["turn"])
                if rec["chosen"] is not None and rec["chosen"] not in [t for r, t in sess[ui:] if r == "assistant"]:
                    problems.append("chosen missing after correction: " + rec["turn"])
                for key in ("rejected", "chosen"):
                    if rec[key] is not None and rec[key] not in assistants:
                        problems.append(key + " not an assistant reply: " + rec["turn"])
            if sess and sess[-1][0] == "assistant":
                # never end right after a retry that follows a correction
                lab = per[(f, si)]
                if lab and lab[-1]["correction"]:
                    problems.append("session ends right after a retry: %s #%d" % (f, si))

    # verbatim: every label text is in the file (after JSON decoding)
    for rec in labels:
        texts = [t for s in parsed[rec["file"]] for _, t in s]
        for key in ("turn", "prompt_last_user", "rejected", "chosen"):
            v = rec.get(key)
            if v is not None and v not in texts:
                problems.append("not verbatim (%s): %s" % (key, v[:60]))

    # minimum counts
    kinds = collections.Counter(rec["kind"] for rec in labels)
    fmts = collections.Counter(s["fmt"] for s in SESSIONS)
    if n_sessions < 40:
        problems.append("fewer than 40 sessions")
    if len(labels) < 110:
        problems.append("fewer than 110 labelled user turns")
    for k in CORRECTION_KINDS:
        if kinds[k] < 5:
            problems.append("fewer than 5 %s" % k)
    for k in ("decline_offer", "followup", "new_task", "clarify_answer"):
        if kinds[k] < 5:
            problems.append("fewer than 5 %s" % k)
    if sum(1 for r in labels if r["second"]) < 5:
        problems.append("fewer than 5 second corrections")
    if sum(1 for r in labels if r["correction"] and r["chosen"] is None) < 3:
        problems.append("fewer than 3 corrections without a later reply")
    for fmt in "ABCDE":
        if fmts[fmt] < 8:
            problems.append("format %s has fewer than 8 sessions" % fmt)
    return problems, n_sessions, kinds, fmts


def main():
    files, labels = build()
    for f, text in files.items():
        with open(os.path.join(HERE, f), "w", encoding="utf-8") as fh:
            fh.write(text)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    problems, n_sessions, kinds, fmts = check(HERE, files, labels)
    corr = [r for r in labels if r["correction"]]
    print("files: %d   sessions: %d   labelled user turns: %d" % (len(files), n_sessions, len(labels)))
    print("sessions per format: " + ", ".join("%s=%d" % (k, fmts[k]) for k in "ABCDE"))
    print("corrections: %d (second: %d, no later reply: %d, pairs: %d)" % (
        len(corr), sum(r["second"] for r in corr), sum(r["chosen"] is None for r in corr),
        sum(r["chosen"] is not None for r in corr)))
    for k in ALL_KINDS:
        print("  %-16s %3d" % (k, kinds[k]))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
