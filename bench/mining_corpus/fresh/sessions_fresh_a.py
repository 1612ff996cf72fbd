"""Hand-written sessions of the "fresh" corpus, format A: Hermes session JSON, one session per file (data only; see make_fresh.py)."""

from sessions_fresh import A, S, U

# ==========================================================================
# Format A: Hermes session JSON, one session per file
# ==========================================================================

SESSIONS = [
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
