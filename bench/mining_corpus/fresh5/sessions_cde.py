"""Hand-written sessions for formats C, D and E (fresh5, author F).

Same turn tuples as sessions_ab.py, plus two E-only event kinds:
  ("decision", decision, rationale)
  ("error", error, context)
which are written as E `decision` / `error` lines and skipped in other formats.
"""


def U(kind, text):
    return ("user", kind, text)


def A(text):
    return ("asst", text)


def T(name, args, result):
    return ("tool", name, args, result)


def DEC(decision, rationale):
    return ("decision", decision, rationale)


def ERR(error, context):
    return ("error", error, context)


C1 = "hermes_export_2026-07-06.jsonl"
C2 = "hermes_export_2026-07-09.jsonl"
C3 = "hermes_export_2026-07-12.jsonl"
C4 = "hermes_export_2026-07-15.jsonl"
C5 = "hermes_export_2026-07-18.jsonl"

SESSIONS_C = [
    # C1 SQLite, hard negative "only"
    dict(fmt="C", file=C1, when="2026-07-04T09:02:31", platform="cli", title="Last 7 days in SQLite", turns=[
        U("plain", "sqlite: events table, ts stored as unix seconds. how do i get the rows from the last 7 days"),
        A("```sql\nSELECT * FROM events\nWHERE ts >= unixepoch('now', '-7 days');\n```\n(`unixepoch()` needs SQLite 3.38+; on older versions use `CAST(strftime('%s','now','-7 days') AS INTEGER)`.)"),
        U("followup", "nice. now only the weekdays out of those"),
        A("```sql\nSELECT * FROM events\nWHERE ts >= unixepoch('now', '-7 days')\n  AND strftime('%w', ts, 'unixepoch') NOT IN ('0', '6');\n```\n`%w` is 0 for Sunday and 6 for Saturday (UTC; add `'localtime'` after `'unixepoch'` for local days)."),
        U("acceptance", "\U0001f44c"),
    ]),
    # C2 lawn moss; reject_approach via circumstance
    dict(fmt="C", file=C1, when="2026-07-04T15:40:12", platform="cli", title="Moss under the oak", turns=[
        U("plain", "the shady bit of lawn under our oak is more moss than grass now. how do I get rid of it?"),
        A("The standard approach is a moss killer based on ferrous sulphate (iron sulphate), applied in spring or autumn on a dry day with rain forecast. The moss turns black within a couple of weeks, after which you scarify hard to rake it out, then overseed with a shade-tolerant mix and apply a lawn feed and weed product to thicken the grass. Keep children and pets off the treated area until it has been watered in and dried, and sweep any granules off paving, as iron sulphate stains."),
        U("reject_approach", "we've got a dog and a toddler who basically live on that lawn, I don't want to put chemicals down at all"),
        A("No chemicals, then:\n\n1. Early autumn, rake the moss out hard with a spring-tine rake (or a hired scarifier).\n2. Spike the area with a fork every 10 cm to help drainage.\n3. Overseed with a shade mix (mostly fine fescues) and keep it damp until it's up.\n4. Raise the oak's lowest branches to let more light in, and mow that patch higher, at 5-6 cm.\n\nHonestly, grass struggles under an oak; if the moss keeps winning, a woodland bed or bark area there is a reasonable surrender."),
        U("acceptance", "ha, a woodland bed is tempting honestly. thanks"),
    ]),
    # C3 bike chain; repeat_narrow; hard negative "only"
    dict(fmt="C", file=C1, when="2026-07-05T08:25:49", platform="cli", title="Chain skipping", turns=[
        U("plain", "chain skips on the smallest 3 cogs when I pedal hard. 2 year old commuter, never replaced anything on it"),
        A("Chain skipping can come from several parts of the drivetrain, so here is a full checklist:\n\n- **Indexing:** turn the barrel adjuster a quarter-turn at a time until shifts are clean.\n- **Cable:** frayed or sticky cables cause poor indexing; replace the inner cable and check the outer housing.\n- **Derailleur hanger:** a bent hanger misaligns the derailleur; a shop can check it with an alignment tool.\n- **Stiff links:** backpedal slowly and watch for a link that jumps at the jockey wheels.\n- **Chain wear:** chains stretch as the pins and rollers wear.\n- **Cassette wear:** worn cogs have hooked, shark-fin teeth.\n- **Chainrings:** check for bent or worn teeth.\n- **Lubrication:** clean and re-lube the chain every few hundred miles.\n\nWork through these one at a time, starting with the cheapest fixes."),
        U("repeat_narrow", "ok but what's the most likely one? one thing"),
        A("A worn chain - and after two years of commuting, the small cogs it's been running on are probably worn too; they wear together, which is why it skips under load. Check the chain: 12 links should measure 12 inches (304.8 mm) pin to pin. At about 1/16 inch (1.5 mm) over, replace the chain and the cassette together."),
        U("followup", "I don't have a ruler with inches, only cm"),
        A("Then measure 24 links pin to pin: new is 61.0 cm, and at 61.3 cm or more, replace both."),
        U("acceptance", "61.4. new chain and cassette ordered \U0001f629"),
    ]),
    # C4 HR email, formal; echo
    dict(fmt="C", file=C2, when="2026-07-07T10:14:06", platform="cli", title="Payslips request", turns=[
        U("plain", "Please write a brief email to HR requesting copies of my payslips from January to April 2026. Keep it to three or four sentences."),
        A("Subject: Request for Payslips - January to April 2026\n\nDear HR Team,\n\nI hope this message finds you well. I am writing to formally request copies of my payslips for the period January 2026 to April 2026 inclusive. I require these documents for personal financial purposes, including a mortgage application that I am currently preparing.\n\nI would like to remind you that, under the UK GDPR and the Data Protection Act 2018, I have the right to access personal data held about me, and that organisations are generally required to respond to such requests within one calendar month. Under the Employment Rights Act 1996, employees are also entitled to an itemised pay statement.\n\nI would be grateful if the payslips could be provided in PDF format, sent to this email address. Should you require any further information to process this request, please do not hesitate to contact me.\n\nThank you in advance for your assistance.\n\nKind regards,\n[Your Name]"),
        U("echo", "Three or four sentences."),
        A("Subject: Payslips January-April 2026\n\nDear HR Team,\n\nCould you please send me copies of my payslips for January, February, March and April 2026? PDFs to this email address would be ideal. I need them for a mortgage application, so sooner would be a great help. Thank you very much.\n\nKind regards,\n[Your Name]"),
        U("acceptance", "Sent. Thank you."),
    ]),
    # C5 DNS with text before tool calls (no correction)
    dict(fmt="C", file=C2, when="2026-07-07T13:51:22", platform="cli", title="Some sites won't load", turns=[
        U("plain", "some websites dont load but others do, started this morning. mac"),
        A("Let me check name resolution first."),
        T("terminal", {"command": "nslookup bbc.co.uk"}, {"output": ";; connection timed out; no servers could be reached", "exit_code": 1}),
        T("terminal", {"command": "scutil --dns | grep nameserver | sort -u"}, {"output": "  nameserver[0] : 10.0.0.53", "exit_code": 0}),
        A("Your Mac is using 10.0.0.53 as its DNS server and it isn't answering, so new sites fail while ones you'd visited recently still load from the cache. Either fix whatever is at 10.0.0.53, or switch DNS back to automatic."),
        U("followup", "oh yeah that's the old pihole I unplugged. how do i set it back to the router's dns"),
        A("System Settings > Network > Wi-Fi > Details > DNS: select 10.0.0.53 and click the minus button. With no manual entries left, the Mac uses whatever the router hands out. If other devices are affected too, the router's DHCP settings still point at the Pi-hole; change it there."),
        U("acceptance", "done, all working"),
    ]),
    # C6 scaling a recipe; repeat_narrow; chosen followed by a new task
    dict(fmt="C", file=C2, when="2026-07-08T18:09:37", platform="cli", title="Carbonara for ten", turns=[
        U("plain", "recipe serves 4: 300g spaghetti, 200g pancetta, 3 eggs, 80g pecorino. need it for 10"),
        A("Scaling up carbonara takes a little care, because the sauce relies on the heat of the pasta to cook the eggs. Here's how to do it for ten:\n\n1. Bring your largest pot of well-salted water to the boil - for 750 g of pasta you may want to use two pots.\n2. Meanwhile, cut the 500 g of pancetta into lardons and fry gently in a wide pan until crisp and the fat has rendered.\n3. In a big bowl, whisk 7 or 8 eggs (7 large or 8 medium) with 200 g of finely grated pecorino and plenty of black pepper.\n4. Cook the pasta until just al dente and save a mug of the cooking water.\n5. Drain, tip the pasta into the pancetta pan off the heat, then add the egg mixture, tossing constantly and loosening with the pasta water until glossy.\n\nWork in two batches if your pan isn't big enough, and serve immediately - carbonara doesn't sit well."),
        U("repeat_narrow", "just the amounts"),
        A("750 g spaghetti, 500 g pancetta, 7-8 eggs, 200 g pecorino."),
        U("new_task", "different question - can you freeze leftover carbonara?"),
        A("Not really: the egg sauce goes grainy and scrambled when it's reheated. Better to cook only what you'll eat."),
        U("acceptance", "fair enough"),
    ]),
    # C7 CV bullet; explicit then partial (second); then followup
    dict(fmt="C", file=C3, when="2026-07-10T20:33:15", platform="cli", title="CV bullets", turns=[
        U("plain", "can you rewrite this CV bullet so it sounds stronger: 'helped with the stock take every quarter'"),
        A("Spearheaded and revolutionised quarterly inventory operations, driving unprecedented efficiency gains and delivering transformational value across the organisation."),
        U("explicit", "that's way over the top, nobody would believe it"),
        A("Led quarterly stock takes across a 12,000-line store, cutting count time from 3 days to 2 and improving stock accuracy by 15%."),
        U("partial", "tone's right now, but you made the numbers up. I don't know the line count - the count took about 2 days and I trained 4 new starters to do it"),
        A("Co-ordinated the two-day quarterly stock take and trained four new team members to run the count."),
        U("followup", "yes, that's honest and still sounds good. next one: 'answered customer emails'"),
        A("Handled customer email enquiries about orders, returns and complaints."),
        U("acceptance", "good"),
    ]),
    # C8 drilling tiles; clarify + followup
    dict(fmt="C", file=C3, when="2026-07-11T11:08:50", platform="cli", title="Drilling bathroom tiles", turns=[
        U("plain", "what drill bit do I need to drill into the bathroom wall tiles for a towel rail"),
        A("Ceramic or porcelain tiles, and do you know what's behind them - brick or plasterboard?"),
        U("clarify_answer", "ceramic I think, and brick behind"),
        A("A spear-point tile and glass bit for the tile (diamond if it turns out to be porcelain), then switch to a masonry bit of the same size for the brick. Masking tape over the spot stops it wandering; go slow, no hammer action until you're through the tile. Use brown 7 mm plugs for a standard towel rail."),
        U("followup", "great, thanks. out of interest, are the stick-on towel rails any good or do they fall off?"),
        A("The decent adhesive or suction-lock ones hold a hand towel on smooth tile, but a wet bath towel is too much for most of them. For a bath towel, drill."),
        U("acceptance", "drill it is then"),
    ]),
    # C9 JR pass; repeat_narrow then explicit (second), ends without a retry
    dict(fmt="C", file=C3, when="2026-07-11T22:41:03", platform="cli", title="Is the JR pass worth it", turns=[
        U("plain", "planning Tokyo > Kyoto > Hiroshima > back to Tokyo over 10 days in November. is the JR pass still worth it now they've put the price up?"),
        A("The Japan Rail Pass has a long history. It was introduced in 1981 to encourage foreign tourism, and for decades it was considered one of the best travel bargains in the world. In October 2023, however, JR Group raised prices by around 65-77%, the first major increase since the pass was launched. The 7-day ordinary pass went from 29,650 yen to 50,000 yen, the 14-day from 47,250 to 80,000 yen, and the 21-day from 60,450 to 100,000 yen. At the same time, JR began allowing pass holders to ride the Nozomi and Mizuho services on the Tokaido and Sanyo Shinkansen by paying a supplement. Many travel writers have since argued that the pass is no longer the automatic choice it once was, and that travellers should compare it against individual tickets and regional passes."),
        U("repeat_narrow", "for my trip though. worth it or not"),
        A("Yes, for that trip the 7-day pass at 50,000 yen is worth it - it covers all three Shinkansen legs, and it also covers JR lines within the cities."),
        U("explicit", "that doesn't add up. Tokyo-Kyoto, Kyoto-Hiroshima and Hiroshima-Tokyo are roughly 14k, 11k and 19k yen, about 44k all in. show me the sums"),
    ]),
    # C10 ukulele keys; followup, acceptance, decline offer
    dict(fmt="C", file=C4, when="2026-07-13T16:20:44", platform="cli", title="Ukulele key change", turns=[
        U("plain", "I'm running a ukulele club. The song is in E (E, A, B7), which is awkward on uke. What key should I move it to, and what are the new chords?"),
        A("Move it to C: C, F, G7 - all easy first-position shapes. If your singers need it higher, D works too: D, G, A7."),
        U("followup", "Which of those is closer to the original pitch for singing?"),
        A("D: it's only a whole step below E, while C is four semitones down."),
        U("acceptance", "D it is. Thank you!"),
        A("Would you like a printable chord chart for D, G and A7?"),
        U("decline_offer", "Nah, they've all got chord books. Thanks though."),
    ]),
    # C11 tax deadlines; echo
    dict(fmt="C", file=C4, when="2026-07-14T07:55:29", platform="cli", title="Self assessment deadlines", turns=[
        U("plain", "when's the deadline for paper self assessment for 2025-26, and for online? just dates"),
        A("Self Assessment has a few important deadlines. If you're new to it, you must register by 5 October 2026 for the 2025-26 tax year. Late returns incur an automatic GBP 100 penalty, even if you have no tax to pay, with further daily penalties after three months and additional charges at six and twelve months. Tax owed for 2025-26 must be paid by 31 January 2027, and if you're in payments on account, the second payment for the year is due by 31 July 2027. The filing deadline depends on whether you file on paper or online, with paper returns due earlier than online ones, and interest is charged on any late payment."),
        U("echo", "just dates"),
        A("Paper: 31 October 2026. Online: 31 January 2027."),
        U("acceptance", "ta"),
    ]),
    # C12 Jellyfin; clarify + reject_approach; hard negative "only"
    dict(fmt="C", file=C4, when="2026-07-14T21:12:38", platform="cli", title="Jellyfin from outside", turns=[
        U("plain", "I want to reach my Jellyfin server when I'm away from home. How?"),
        A("Is this just for your own devices, or do you want to share it with family or friends outside the house?"),
        U("clarify_answer", "just me, my phone and laptop"),
        A("The simplest way is port forwarding:\n\n1. Give the server a fixed IP on your network (DHCP reservation on the router).\n2. In the router's admin page, forward TCP port 8096 (or 8920 for HTTPS) to that IP.\n3. Find your public IP (or set up a dynamic DNS name such as DuckDNS) and open http://your-public-ip:8096 from outside.\n\nFor better security, put it behind a reverse proxy like Caddy or Nginx with a Let's Encrypt certificate."),
        U("reject_approach", "I'm not opening ports on my router to the whole internet. something safer"),
        A("Use Tailscale: install it on the Jellyfin server, your phone and your laptop, sign in with the same account on each, then open http://<server-name>:8096 (the Tailscale name or 100.x address). Nothing is exposed to the internet, and there's no router configuration."),
        U("followup", "does the jellyfin app on the tv work with that too?"),
        A("Only if the TV can run Tailscale (Android TV / Google TV can; Samsung and LG can't). At home the TV doesn't need it - it reaches the server over your network as usual."),
        U("acceptance", "fine, the tv never leaves the house anyway"),
    ]),
    # C16 convert and halve; partial
    dict(fmt="C", file=C4, when="2026-07-15T12:47:16", platform="cli", title="Metric and halved", turns=[
        U("plain", "convert to metric and halve it: 2 cups flour, 1 cup sugar, 1/2 cup butter, 2 eggs"),
        A("- 250 g plain flour\n- 200 g caster sugar\n- 115 g butter\n- 2 eggs"),
        U("partial", "the metric's good but you didn't halve it"),
        A("- 125 g plain flour\n- 100 g caster sugar\n- 55-60 g butter\n- 1 egg"),
        U("acceptance", "lovely"),
    ]),
    # C13 protein plan; instead (circumstance ignored)
    dict(fmt="C", file=C5, when="2026-07-16T19:30:02", platform="cli", title="Protein for lifting", turns=[
        U("plain", "how much protien should i eat a day, 70kg, vegetarian, lifting 3x a week"),
        A("About 1.6 g per kg of body weight, so roughly 110 g a day; anywhere from 1.4 to 2.0 g/kg is fine."),
        U("followup", "give me a day of food that hits that"),
        A("Here's a 110 g day:\n\n- **Breakfast:** 3 scrambled eggs on toast (24 g)\n- **Lunch:** chicken breast wrap with salad (35 g)\n- **Snack:** tuna and crackers (20 g)\n- **Dinner:** salmon fillet with rice and greens (30 g)\n\nTotal: about 109 g."),
        U("instead", "chicken, tuna, salmon? I'd like it with stuff I can actually eat - eggs, dairy, beans, tofu, that kind of thing"),
        A("A vegetarian 110 g day:\n\n- **Breakfast:** 250 g Greek yoghurt with oats and a spoon of peanut butter (30 g)\n- **Lunch:** 3-egg omelette with cheese and a slice of toast (28 g)\n- **Snack:** 100 g roasted edamame (17 g)\n- **Dinner:** 200 g firm tofu stir-fry with a tin of chickpeas over rice (36 g)\n\nTotal: about 111 g."),
        U("acceptance", "perfect, I can do that"),
    ]),
    # C14 spelling; followup, new task with "instead", instead correction
    dict(fmt="C", file=C5, when="2026-07-17T16:05:58", platform="cli", title="Spelling and times tables", turns=[
        U("plain", "give me 10 spelling words for a year 3 kid practising the 'ough' spelling"),
        A("though, through, rough, tough, enough, cough, bought, thought, dough, plough"),
        U("followup", "these are great! could you also put each one in a short sentence she can copy out"),
        A("1. I like it, though it is cold.\n2. The cat ran through the door.\n3. The sea was rough today.\n4. This meat is tough to chew.\n5. I have had enough cake.\n6. Cover your mouth when you cough.\n7. Mum bought some apples.\n8. I thought it was Monday.\n9. We made dough for pizza.\n10. The farmer used a plough."),
        U("new_task", "brilliant. tomorrow it's times tables instead of spelling - can you do a quick 7 times table quiz, 10 questions, mixed up?"),
        A("1. 7 x 4 = 28\n2. 7 x 9 = 63\n3. 7 x 2 = 14\n4. 7 x 7 = 49\n5. 7 x 11 = 77\n6. 7 x 3 = 21\n7. 7 x 12 = 84\n8. 7 x 6 = 42\n9. 7 x 8 = 56\n10. 7 x 5 = 35"),
        U("instead", "ha - put the answers at the bottom so she can't peek"),
        A("1. 7 x 4 =\n2. 7 x 9 =\n3. 7 x 2 =\n4. 7 x 7 =\n5. 7 x 11 =\n6. 7 x 3 =\n7. 7 x 12 =\n8. 7 x 6 =\n9. 7 x 8 =\n10. 7 x 5 =\n\n\n\nAnswers: 1) 28  2) 63  3) 14  4) 49  5) 77  6) 21  7) 84  8) 42  9) 56  10) 35"),
        U("acceptance", "perfect"),
    ]),
    # C15 IRA one sentence; echo then repeat_narrow (second)
    dict(fmt="C", file=C5, when="2026-07-18T08:12:40", platform="cli", title="Roth vs traditional", turns=[
        U("plain", "In one sentence: what's the difference between a Roth IRA and a traditional IRA?"),
        A("A traditional IRA and a Roth IRA are both individual retirement accounts, but they differ mainly in how they're taxed.\n\nWith a traditional IRA, contributions may be tax-deductible in the year you make them, depending on your income and whether you or your spouse are covered by a workplace plan. Your investments grow tax-deferred, and withdrawals in retirement are taxed as ordinary income. Required minimum distributions begin at age 73.\n\nWith a Roth IRA, contributions are made with after-tax dollars, so there's no deduction up front, but qualified withdrawals in retirement - including all the growth - are completely tax-free. Roth IRAs have income limits for contributions and no required minimum distributions during the owner's lifetime."),
        U("echo", "one sentence"),
        A("A traditional IRA gives you a possible tax deduction now, lets your investments grow tax-deferred and taxes your withdrawals as ordinary income in retirement, with required minimum distributions starting at 73, whereas a Roth IRA is funded with after-tax money that gets no deduction but grows and comes out tax-free in retirement, has income limits on who can contribute, and has no required minimum distributions for the original owner."),
        U("repeat_narrow", "shorter. the tax timing, that's all I'm after"),
        A("Traditional: tax break now, taxed when you take it out; Roth: taxed now, tax-free when you take it out."),
        U("acceptance", "perfect, that's going in my notes"),
    ]),
]


D1 = "trajectories_2026-07-08.jsonl"
D2 = "trajectories_2026-07-11.jsonl"
D3 = "trajectories_2026-07-14.jsonl"
D4 = "trajectories_2026-07-17.jsonl"
D5 = "trajectories_2026-07-20.jsonl"

SESSIONS_D = [
    # D1 disk space; text before tool calls; reject_approach then tool call then chosen
    dict(fmt="D", file=D1, when="2026-07-06T20:14:33", title="Disk almost full", turns=[
        U("plain", "my mac says the disk is almost full. what's eating it?"),
        A("Let me look at the biggest folders in your home directory."),
        T("terminal", {"command": "du -sh ~/* 2>/dev/null | sort -rh | head -5"}, {"output": "96G\t/Users/priya/Library\n71G\t/Users/priya/Pictures\n18G\t/Users/priya/Downloads\n9.4G\t/Users/priya/code\n3.1G\t/Users/priya/Documents", "exit_code": 0}),
        T("terminal", {"command": "du -sh ~/Library/* 2>/dev/null | sort -rh | head -3"}, {"output": "58G\t/Users/priya/Library/Containers\n22G\t/Users/priya/Library/Application Support\n7.9G\t/Users/priya/Library/Caches", "exit_code": 0}),
        A("Your Library folder (96 GB) and Pictures (71 GB) are the biggest users of space. Here are some ways to free up room:\n\n1. **Empty the Bin** and clear your Downloads folder.\n2. **Optimise Photos** - turn on 'Optimise Mac Storage' in Photos settings so originals live in iCloud.\n3. **Clear caches** - ~/Library/Caches is 7.9 GB and can be safely emptied.\n4. **Use a cleaning tool** - apps like CleanMyMac X or DaisyDisk can find large and duplicate files and clean up system junk automatically.\n5. **Check Storage settings** - System Settings > General > Storage has recommendations.\n\nRegular maintenance like this will keep your Mac running smoothly."),
        U("reject_approach", "I'm not installing a cleaner app. what's in Containers that takes 58G?"),
        T("terminal", {"command": "du -sh ~/Library/Containers/* 2>/dev/null | sort -rh | head -3"}, {"output": "41G\t/Users/priya/Library/Containers/com.docker.docker\n6.2G\t/Users/priya/Library/Containers/com.apple.mail\n2.8G\t/Users/priya/Library/Containers/com.tinyspeck.slackmacgap", "exit_code": 0}),
        A("41 GB of it is Docker Desktop's disk image. `docker system prune -a` removes stopped containers, unused images and build cache; to stop it growing back, lower the disk limit in Docker Desktop > Settings > Resources."),
        U("acceptance", "pruned it, got 30G back. thanks"),
    ]),
    # D2 vegan dessert; clarify, decline offer with a question
    dict(fmt="D", file=D1, when="2026-07-07T11:48:05", title="Vegan dessert for eight", turns=[
        U("plain", "need a vegan dessert for 8 people that I can make the day before"),
        A("Any other dietary needs among the eight - gluten, nuts?"),
        U("clarify_answer", "one of them is gluten free too, nuts are fine"),
        A("Dark chocolate mousse (vegan and gluten free), serves 8:\n\n1. Melt 200 g dairy-free dark chocolate (70%) and let it cool slightly.\n2. Whisk the liquid from two 400 g tins of chickpeas (aquafaba, about 240 ml) with 1/2 tsp cream of tartar to stiff peaks, then whisk in 60 g caster sugar a spoon at a time.\n3. Fold the chocolate into the foam in three goes, gently.\n4. Spoon into 8 glasses and chill overnight.\n5. Before serving, top with raspberries and chopped toasted hazelnuts.\n\nIt keeps 2 days in the fridge. Want a shopping list?"),
        U("decline_offer", "no, I've got everything already except the aquafaba - is that just the water from the chickpea tin?"),
        A("Yes, just the liquid from the tins; save the chickpeas for hummus."),
        U("acceptance", "easy, thanks"),
    ]),
    # D3 MySQL rename; echo
    dict(fmt="D", file=D1, when="2026-07-07T15:31:47", title="Rename a column", turns=[
        U("plain", "mysql 8: rename column fname to first_name in table users without losing data. one statement"),
        A("```sql\nALTER TABLE users ADD COLUMN first_name VARCHAR(100);\nUPDATE users SET first_name = fname;\nALTER TABLE users DROP COLUMN fname;\n```\nThis adds the new column, copies the data across, and then removes the old column. Wrap it in a transaction if you can, and take a backup first."),
        U("echo", "one statement"),
        A("```sql\nALTER TABLE users RENAME COLUMN fname TO first_name;\n```"),
        U("acceptance", "ty"),
    ]),
    # D4 salary negotiation; explicit then partial (second)
    dict(fmt="D", file=D2, when="2026-07-09T13:02:18", title="Salary negotiation email", turns=[
        U("plain", "they've offered me 42k for the marketing role and I was hoping for 46k. can you draft a reply to negotiate? I really want this job so nothing pushy"),
        A("Hi Sarah,\n\nThank you so much for the offer - I'm really excited about the role and the team. I wanted to be transparent that I'm currently considering another offer at a higher salary. I'd much prefer to join you, so I wondered whether there's flexibility to bring the salary closer to that level?\n\nBest wishes,\nJo"),
        U("explicit", "I don't have another offer!! please don't make things up. just explain why I'm worth more"),
        A("Hi Sarah,\n\nThank you very much for the offer. Having thought carefully about the responsibilities of the role - running paid social end to end, managing the agency relationship and reporting to the board - and given my four years of campaign experience, I would like to ask whether you could offer a salary of 50,000.\n\nI'm very keen to join and hope we can agree on this.\n\nBest wishes,\nJo"),
        U("partial", "better, no fake offer now - but it says 50,000? I said 46"),
        A("Hi Sarah,\n\nThank you very much for the offer - I'm really excited about the role. Given the scope (running paid social end to end and managing the agency relationship) and my four years of campaign experience, I wondered whether there's room to bring the salary to 46,000.\n\nI'm keen to join either way and happy to talk it through.\n\nBest wishes,\nJo"),
        U("acceptance", "sent it \U0001f91e"),
    ]),
    # D5 garlic; clarify answer, followup
    dict(fmt="D", file=D2, when="2026-07-10T09:40:51", title="Planting garlic", turns=[
        U("plain", "when should I plant garlic?"),
        A("It depends on where you are and what kind you're planting. Which country or region, and is it seed garlic or bulbs from the shop?"),
        U("clarify_answer", "Scotland. just normal supermarket garlic"),
        A("In Scotland, plant in October or November so the cloves get the cold spell they need to split into bulbs. Supermarket garlic is often grown in warm climates and may not bulb up well there, so seed garlic bred for the UK (for example 'Solent Wight', or a hardneck like 'Lautrec Wight') from a garden centre is worth the extra cost."),
        U("followup", "ok, I'll get proper seed garlic. how deep and how far apart?"),
        A("Pointy end up, with the tip about 2.5 cm below the surface; 15 cm apart in rows 30 cm apart."),
        U("acceptance", "great"),
    ]),
    # D6 Excel lookup; clarify, reject_approach, followup with "instead"
    dict(fmt="D", file=D2, when="2026-07-10T16:27:12", title="Price lookup", turns=[
        U("plain", "Excel: sheet Prices has SKU in column A and price in B. In sheet Orders the SKU is in column C. I need the price pulled into D."),
        A("Which version of Excel are you on?"),
        U("clarify_answer", "365"),
        A("Here's a VBA macro that fills in the prices for you:\n\n```vba\nSub FillPrices()\n    Dim ws As Worksheet, p As Worksheet, r As Long, f As Range\n    Set ws = Sheets(\"Orders\"): Set p = Sheets(\"Prices\")\n    For r = 2 To ws.Cells(ws.Rows.Count, \"C\").End(xlUp).Row\n        Set f = p.Columns(\"A\").Find(ws.Cells(r, \"C\").Value, LookAt:=xlWhole)\n        If Not f Is Nothing Then ws.Cells(r, \"D\").Value = f.Offset(0, 1).Value\n    Next r\nEnd Sub\n```\n\nPress Alt+F11, insert a module, paste this in, and run it with F5."),
        U("reject_approach", "A formula, not a macro. The file is shared and macros are blocked here."),
        A("In D2: `=XLOOKUP(C2, Prices!A:A, Prices!B:B, \"not found\")` and fill down."),
        U("followup", "Works. How do I make it show a blank instead of 'not found'?"),
        A("Replace the last argument with an empty string: `=XLOOKUP(C2, Prices!A:A, Prices!B:B, \"\")`."),
        U("acceptance", "Perfect, thanks."),
    ]),
    # D7 smart switch; reject_approach
    dict(fmt="D", file=D3, when="2026-07-12T12:18:39", title="Smart switch without neutral", turns=[
        U("plain", "want to fit a smart light switch but there's no neutral at the switch box (UK). what are my options?"),
        A("The proper solution is to add a neutral to the switch box. Turn off the lighting circuit, then run a length of 1.0 mm twin and earth from the ceiling rose down to the switch. You'll need to chase a channel into the plaster with a chasing tool or an angle grinder, fit the cable in oval conduit, and make good with bonding plaster and a skim. Connect the new neutral at the ceiling rose to the neutral bank, then wire your smart switch as per the manufacturer's instructions. As this is notifiable work in some situations, you may need a Part P registered electrician to certify it."),
        U("reject_approach", "not chasing walls, it's a rented flat. something that works without a neutral"),
        A("Two options that leave the walls alone:\n\n1. A **no-neutral smart switch or module** (for example a Shelly Dimmer behind the existing switch, or a LightwaveRF no-neutral dimmer). It draws a trickle through the bulbs; with low-wattage LEDs you may need the small bypass that fits at the light to stop flicker.\n2. **No wiring at all:** smart bulbs plus a battery smart switch that sticks on the wall next to (or over) the old one; leave the old switch on.\n\nIn a rental, option 2 is the easiest to undo when you move."),
        U("acceptance", "the bulbs + stick-on switch route sounds right for a rental. cheers"),
    ]),
    # D8 Canada eTA; decline offer with "instead"
    dict(fmt="D", file=D3, when="2026-07-13T10:55:27", title="Visiting Canada", turns=[
        U("plain", "I am a British citizen flying to Toronto next month to visit my sister. What do I need to arrange before I travel?"),
        A("An eTA (Electronic Travel Authorization). You apply online on the Government of Canada website; it costs CAD 7, is usually approved within minutes, and is linked to your passport for five years or until the passport expires. Avoid unofficial sites that charge more for the same thing. Would you like me to find you the link?"),
        U("decline_offer", "No thank you, I shall find it. Would I need it if I were driving in from the United States instead?"),
        A("No - the eTA is only needed when you arrive by air. Crossing by land, your passport is enough for Canada (the US has its own entry requirements for the part before that)."),
        U("acceptance", "Splendid, that's very helpful."),
    ]),
    # D9 Skyrim mods; explicit
    dict(fmt="D", file=D3, when="2026-07-13T22:36:14", title="Skyrim mods on a weak PC", turns=[
        U("plain", "skyrim SE: I want nicer water, trees and lighting but my pc is a potato (gtx 1650). what mods"),
        A("For the best-looking Skyrim, here's a popular setup:\n\n- **ENB:** Rudy ENB or NAT.ENB for cinematic lighting and weather.\n- **Textures:** Skyland AIO and Noble Skyrim 4K for landscapes and architecture.\n- **Trees:** Happy Little Trees with the 3D LOD option.\n- **Grass:** Folkvangr or Cathedral Landscapes with a dense grass cache.\n- **Water:** Water for ENB.\n\nUse Mod Organizer 2 and LOOT to manage your load order."),
        U("explicit", "ENB and 4K textures on a 1650?? that'll run at 10fps lol. lightweight stuff"),
        A("Light on a 1650:\n\n- **Water:** Realistic Water Two (pick the 1K textures option).\n- **Trees:** Enhanced Vanilla Trees - better shapes, small fps cost.\n- **Lighting/weather:** Obsidian Weathers and Seasons (no ENB needed) plus Enhanced Lights and FX for interiors.\n\nSkip ENB entirely; if you want more punch, a ReShade preset with just colour/LUT adjustments costs almost nothing."),
        U("acceptance", "sick, installing now"),
    ]),
    # D10 letter before action; explicit then instead (second)
    dict(fmt="D", file=D4, when="2026-07-15T09:14:50", title="Letter before action", turns=[
        U("plain", "A builder took a 1,200 pound deposit for a patio in March and never turned up. Draft a letter before action - I'm in England."),
        A("DEMAND LETTER\n\nDear Mr Pike,\n\nThis letter constitutes formal demand for the return of $1,200, which I paid to you as a deposit for a patio. You have failed to perform the agreed work. If I do not receive the full amount within 10 days, I will instruct my attorney to file suit against you in small claims court, where I will also seek punitive damages and attorney's fees.\n\nSincerely,"),
        U("explicit", "This reads American - dollars, 'attorney', punitive damages. It's England."),
        A("Dear Mr Pike,\n\nLetter before action: return of deposit of 1,200 pounds\n\nOn 4 March 2026 I paid you a deposit of 1,200 pounds to lay a patio at 22 Orchard Lane. You have not started the work or replied to my messages.\n\nPlease refund the 1,200 pounds within 7 days of the date of this letter. If I do not receive it, I will issue a claim in the County Court without further notice, and I will also claim interest and court fees.\n\nYours sincerely,\nRuth Adeyemi"),
        U("instead", "give him 14 days rather than 7 - I'd like to look reasonable if it does go to court"),
        A("Dear Mr Pike,\n\nLetter before action: return of deposit of 1,200 pounds\n\nOn 4 March 2026 I paid you a deposit of 1,200 pounds to lay a patio at 22 Orchard Lane. You have not started the work or replied to my messages.\n\nPlease refund the 1,200 pounds within 14 days of the date of this letter. If I do not receive it, I will issue a claim in the County Court without further notice, and I will also claim interest and court fees.\n\nYours sincerely,\nRuth Adeyemi"),
        U("acceptance", "Good, printing it now."),
    ]),
    # D11 volcano; voice dictation; ends on echo with no retry
    dict(fmt="D", file=D4, when="2026-07-16T19:48:22", title="Erupting volcano project", turns=[
        U("plain", "my daughter needs a volcano for a science project that actually erupts and it's due tomorrow morning we've got bicarbonate of soda and vinegar and washing up liquid what do we do"),
        A("1. Put a small plastic bottle or jar in the middle of a tray and build the volcano round it (playdough, foil, or papier mache if you have time - foil and paint is fine overnight).\n2. Put 2 heaped tablespoons of bicarbonate of soda and a good squirt of washing-up liquid in the bottle.\n3. When it's eruption time, pour in about half a cup of vinegar and stand back.\n\nThe washing-up liquid makes it foam up and pour down the sides instead of fizzing out."),
        U("followup", "okay it works but the lava's kind of clear and boring can we make it red we have no food colouring"),
        A("Add 5-6 drops of red food colouring to the vinegar before you pour it in, and the foam will come out bright red."),
        U("echo", "like I said we don't have any food colouring is there anything else from a kitchen that would work"),
    ]),
    # D12 memory + repeat_narrow
    dict(fmt="D", file=D4, when="2026-07-17T08:03:36", title="NAS address", turns=[
        U("plain", "remember: nas is 192.168.1.20, printer .50, router admin at 192.168.1.1"),
        T("memory", {"action": "add", "target": "memory", "content": "Home network: NAS 192.168.1.20, printer 192.168.1.50, router admin page 192.168.1.1."}, {"success": True, "target": "memory", "entries": 6}),
        A("Saved: NAS 192.168.1.20, printer 192.168.1.50, router admin 192.168.1.1."),
        U("new_task", "how do i ssh into the nas"),
        A("To SSH into a NAS, you first need to enable the SSH service in its admin interface. On Synology, go to Control Panel > Terminal & SNMP and tick 'Enable SSH service'; on QNAP it's Control Panel > Network & File Services > Telnet/SSH. Then, from a terminal on your Mac, run:\n\n`ssh <username>@<NAS_IP>`\n\nReplace `<username>` with an administrator account on the NAS and `<NAS_IP>` with the NAS's address on your network. The first time you connect you'll be asked to confirm the host key fingerprint; type yes. For convenience, you can set up key-based authentication with ssh-copy-id so you don't need to type your password each time."),
        U("repeat_narrow", "the actual command, with its ip"),
        A("`ssh admin@192.168.1.20` (swap admin for your NAS user if it's different)."),
        U("acceptance", "in. thx"),
    ]),
    # D13 circle of fifths; explicit then partial (second)
    dict(fmt="D", file=D5, when="2026-07-18T21:20:09", title="Circle of fifths for a drummer", turns=[
        U("plain", "explain the circle of fifths like I'm a drummer who's never learned any harmony. short"),
        A("The circle of fifths arranges the twelve pitch classes of the chromatic scale in a sequence of perfect fifths, each spanning seven semitones, with a frequency ratio of approximately 3:2. Historically derived from Pythagorean tuning, in which stacking pure fifths never quite returns to the starting pitch (the Pythagorean comma), the circle closes only in twelve-tone equal temperament, where enharmonic equivalence allows F# and Gb to be treated as the same pitch. Moving clockwise adds a sharp to the key signature; moving anticlockwise adds a flat. Adjacent keys share six of their seven diatonic pitches, making them closely related for modulation, and the circle also illustrates the dominant-tonic relationship central to functional harmony."),
        U("explicit", "that wasn't short and you lost me at 'enharmonic'"),
        A("It's a clock of the 12 keys. Each step clockwise is a fifth up, and each key's dominant sits one step clockwise of its tonic. Neighbouring keys share most of their notes, so songs move easily between them."),
        U("partial", "getting there. drop words like tonic and dominant though, plain english"),
        A("Think of it as a clock with the 12 keys on it. Keys next to each other on the clock use almost the same notes, so they sound like close relatives - that's why songs often drift to a neighbouring key and why the chords a song uses usually sit close together on the clock. The further apart two keys are, the more different they sound."),
        U("acceptance", "ok THAT I get. nice"),
    ]),
    # D14 back stretches; echo, decline offer with "but"
    dict(fmt="D", file=D5, when="2026-07-19T10:33:41", title="Office back routine", turns=[
        U("plain", "desk job, lower back is stiff by 3pm every day. give me a 5 minute routine I can do in the office without lying on the floor"),
        A("Here's a 5-minute routine:\n\n1. **Knee-to-chest** (1 min): lie on your back and hug one knee, then the other.\n2. **Cat-cow** (1 min): on hands and knees, alternate arching and rounding your back.\n3. **Child's pose** (1 min): kneel, sit back on your heels and reach forward.\n4. **Glute bridge** (1 min): lie on your back and lift your hips.\n5. **Standing hamstring stretch** (1 min): heel on a low step, lean forward."),
        U("echo", "without lying on the floor - it's an open plan office"),
        A("All standing or seated:\n\n1. **Standing back extension** (1 min): hands on hips, lean back gently, 10 slow reps.\n2. **Seated twist** (1 min): sit tall, hold the back of the chair and turn, 30 s each way.\n3. **Seated figure-four** (1 min): ankle on the opposite knee, lean forward, 30 s each side.\n4. **Hip flexor stretch** (1 min): one foot forward in a small lunge, squeeze the back glute, 30 s each side.\n5. **Walk** (1 min): a lap of the office or the stairs.\n\nWant me to set a 3pm reminder?"),
        U("decline_offer", "no, I'll stick one on my phone. but thanks!"),
        A("Sounds good."),
    ]),
    # D15 running paces; followup, new task, repeat_narrow
    dict(fmt="D", file=D5, when="2026-07-19T18:02:55", title="Running pace and 10k goal", turns=[
        U("plain", "my 5k time is 27:30. what's that per mile?"),
        A("8:51 per mile."),
        U("followup", "and per km?"),
        A("5:30 per km."),
        U("new_task", "what's a realistic 10k goal if I train for 8 weeks"),
        A("Setting a realistic 10k goal depends on many factors, including your training history, weekly mileage, age, sleep, nutrition and the course profile. A common approach is to use a race-equivalency calculator such as Riegel's formula, T2 = T1 x (D2/D1)^1.06, which predicts performance over a longer distance from a recent race. Keep in mind that these calculators assume you've done appropriate training for the longer distance, and that heat, wind and hills can add minutes. Over eight weeks, it's reasonable to build your weekly volume by about 10% per week, include one longer run, one tempo session and some strides, and taper in the final week."),
        U("repeat_narrow", "a time, please"),
        A("About 57 minutes as a safe target; with eight good weeks, sub-56 (5:35 per km) is realistic."),
        U("acceptance", "sub 56 it is"),
    ]),
    # D16 backup script; clarify, echo
    dict(fmt="D", file=D5, when="2026-07-20T07:44:18", title="Nightly backup script", turns=[
        U("plain", "write a short bash script that backs up ~/Documents to my external drive every night"),
        A("What's the drive called under /Volumes, and is it always plugged in?"),
        U("clarify_answer", "/Volumes/Backup, it's always plugged in"),
        A("```python\nimport shutil, schedule, time\nfrom pathlib import Path\n\nSRC = Path.home() / \"Documents\"\nDST = Path(\"/Volumes/Backup/Documents\")\n\ndef backup():\n    shutil.copytree(SRC, DST, dirs_exist_ok=True)\n\nschedule.every().day.at(\"02:00\").do(backup)\nwhile True:\n    schedule.run_pending()\n    time.sleep(60)\n```\n\nInstall the dependency with `pip install schedule` and leave the script running in the background."),
        U("echo", "bash, I said. no python for this"),
        A("```bash\n#!/bin/bash\n# ~/bin/backup-docs.sh\n[ -d /Volumes/Backup ] || exit 0\nrsync -a --delete ~/Documents/ /Volumes/Backup/Documents/\n```\n\n`chmod +x ~/bin/backup-docs.sh`, then add this with `crontab -e` to run it at 2am:\n\n`0 2 * * * $HOME/bin/backup-docs.sh`"),
        U("acceptance", "added it, thanks"),
    ]),
]


SESSIONS_E = [
    # E1 chicken + packed lunch; explicit; hard negative "actually"
    dict(fmt="E", file="session_2026-07-21.jsonl", role="timmy", when="2026-07-21T17:05:12", turns=[
        U("plain", "remind me what temp to roast a whole chicken at, it's 1.8kg"),
        DEC("Answer from general knowledge", "Standard cooking question"),
        A("200°C (180°C fan) for about 1 hour 20 minutes - 20 minutes per 500 g plus 20. It's done when the juices run clear or the thickest part reads 75°C."),
        U("acceptance", "great"),
        A("Enjoy."),
        U("new_task", "actually while you're here, the kids need packed lunch ideas that aren't sandwiches. the school's nut free"),
        A("Five non-sandwich lunches:\n\n1. Pasta salad with sweetcorn, cucumber and cheese cubes\n2. Chicken satay skewers with cucumber sticks\n3. Homemade mini pizzas on pitta\n4. Wraps cut into pinwheels with ham and cream cheese\n5. Cold sausage, cherry tomatoes, crackers and a yoghurt"),
        U("explicit", "satay is peanut sauce! that would get sent home"),
        A("Sorry - swap that one out:\n\n1. Pasta salad with sweetcorn, cucumber and cheese cubes\n2. Chicken and sweetcorn fritters with cucumber sticks\n3. Homemade mini pizzas on pitta\n4. Wraps cut into pinwheels with ham and cream cheese\n5. Cold sausage, cherry tomatoes, crackers and a yoghurt\n\nAll nut free - just check the labels on crackers and pesto-type sauces."),
        U("acceptance", "pasta salad tomorrow then, thx"),
    ]),
    # E2 CSV totals with tool calls; repeat_narrow
    dict(fmt="E", file="session_2026-07-22.jsonl", role="timmy", when="2026-07-22T09:41:27", turns=[
        U("plain", "in ~/data/sales.csv what's the total of the amount column where region is North?"),
        T("terminal", {"command": "python3 -c \"import csv; print(sum(float(r['amount']) for r in csv.DictReader(open('/Users/dan/data/sales.csv')) if r['region']=='North'))\""}, {"output": "48213.5", "exit_code": 0}),
        A("North: 48,213.50 (sum of amount over the rows where region is exactly 'North')."),
        U("followup", "now the same by month"),
        T("terminal", {"command": "python3 -c \"import csv,collections; t=collections.Counter(); [t.update({r['date'][:7]: float(r['amount'])}) for r in csv.DictReader(open('/Users/dan/data/sales.csv')) if r['region']=='North']; [print(k, round(v,2)) for k,v in sorted(t.items())]\""}, {"output": "2026-01 7120.0\n2026-02 6544.25\n2026-03 8803.5\n2026-04 9012.75\n2026-05 8290.0\n2026-06 8443.0", "exit_code": 0}),
        A("Here's the monthly breakdown for North:\n\n| Month | Total |\n|---|---|\n| 2026-01 | 7,120.00 |\n| 2026-02 | 6,544.25 |\n| 2026-03 | 8,803.50 |\n| 2026-04 | 9,012.75 |\n| 2026-05 | 8,290.00 |\n| 2026-06 | 8,443.00 |\n\n**Insights:**\n- February was the weakest month, down 8% on January, possibly reflecting post-holiday seasonality.\n- March showed a strong rebound (+35%), and April was the peak month of the half-year.\n- May and June settled at a level well above Q1, suggesting healthy underlying growth.\n- Overall, Q2 (25,745.75) outperformed Q1 (22,467.75) by about 15%.\n\nYou might consider a line chart to visualise the trend, or comparing North against the other regions to see whether the pattern is company-wide."),
        U("repeat_narrow", "just the table, skip the commentary"),
        A("| Month | North |\n|---|---|\n| 2026-01 | 7,120.00 |\n| 2026-02 | 6,544.25 |\n| 2026-03 | 8,803.50 |\n| 2026-04 | 9,012.75 |\n| 2026-05 | 8,290.00 |\n| 2026-06 | 8,443.00 |"),
        U("acceptance", "cheers"),
    ]),
    # E3 flight compensation; clarify + explicit; 'assistant' role
    dict(fmt="E", file="session_2026-07-23.jsonl", role="assistant", when="2026-07-23T20:12:08", turns=[
        U("plain", "My flight from Manchester to Lisbon on 2 June arrived 4 hours 10 minutes late. Please draft a compensation claim to the airline under UK261."),
        A("Which airline was it, and what was the flight number and your booking reference?"),
        U("clarify_answer", "TAP, flight TP1331, booking reference K7QZ2M."),
        DEC("Draft the claim without a web search", "UK261 compensation bands are stable and the owner gave the details"),
        A("Subject: UK261 compensation claim - TP1331, 2 June 2026, booking K7QZ2M\n\nDear TAP Customer Care,\n\nI was a passenger on flight TP1331 from Manchester to Lisbon on 2 June 2026 (booking reference K7QZ2M). The flight arrived 4 hours 10 minutes late.\n\nUnder UK261, I am entitled to compensation of EUR 250 for this delay. Please pay this to the account details below within 28 days.\n\nYours faithfully,\n[Name]"),
        U("explicit", "Manchester to Lisbon is well over 1,500 km, so it is the 350 pound band, not 250 euros."),
        A("Subject: UK261 compensation claim - TP1331, 2 June 2026, booking K7QZ2M\n\nDear TAP Customer Care,\n\nI was a passenger on flight TP1331 from Manchester to Lisbon on 2 June 2026 (booking reference K7QZ2M). The flight arrived 4 hours 10 minutes late.\n\nAs the flight departed from the UK, covered more than 1,500 km and arrived over three hours late, I am entitled to 350 pounds in compensation under UK261. Please pay this within 28 days to the account details below, or let me know if you need anything further.\n\nYours faithfully,\n[Name]"),
        U("followup", "Thank you. Should I send it by email or through their online form?"),
        A("Use their online claims form if there is one - it gives you a reference number; keep a screenshot of the submission. Email is fine if there's no form."),
        U("acceptance", "Understood."),
    ]),
    # E4 cron reminders + kale pests; echo
    dict(fmt="E", file="session_2026-07-24.jsonl", role="timmy", when="2026-07-24T08:20:55", turns=[
        U("plain", "can you set up a reminder every sunday at 9am to water the seedlings"),
        T("terminal", {"command": "(crontab -l 2>/dev/null; echo \"0 9 * * 0 /usr/bin/osascript -e 'display notification \\\"Water the seedlings\\\" with title \\\"Garden\\\"'\") | crontab -"}, {"output": "", "exit_code": 0}),
        A("Done: a notification, 'Water the seedlings', will pop up every Sunday at 09:00."),
        U("followup", "make it sunday and wednesday"),
        T("terminal", {"command": "crontab -l | sed 's/^0 9 \\* \\* 0 /0 9 * * 0,3 /' | crontab -"}, {"output": "", "exit_code": 0}),
        A("Updated: Sundays and Wednesdays at 09:00."),
        U("new_task", "what's eating holes in my kale? small round holes, no slime trails anywhere"),
        A("That sounds like slugs and snails. They feed at night and chew irregular holes in brassica leaves. Go out after dark with a torch to catch them, set beer traps, or put copper tape or wool pellets around the plants."),
        U("echo", "no slime trails though, I said"),
        A("Without slime it's most likely caterpillars (cabbage whites) or flea beetles. Look under the leaves for green caterpillars or clusters of yellow eggs and pick them off; if the holes are pinprick-sized and the plants are young, it's flea beetle. Either way, fine insect mesh over the bed keeps them off."),
        U("acceptance", "found the caterpillars. gross. thanks"),
    ]),
    # E5 tubeless tyre; decline offer with "No"; no correction
    dict(fmt="E", file="session_2026-07-25.jsonl", role="timmy", when="2026-07-25T16:37:04", turns=[
        U("plain", "my tubeless tyre don't hold air, it goes flat in one day. I put the sealant 2 month ago"),
        A("Sealant dries out after 2-6 months, so there's probably too little liquid left to seal the bead and small holes. Top it up with 30-40 ml through the valve (remove the valve core), pump it up hard, then spin and tilt the wheel so the sealant reaches all round the bead. Do you want steps to clean a clogged valve core as well?"),
        U("decline_offer", "No, the valve is new. I top up sealant now."),
        A("Good - after topping up, leave it lying on each side for a few minutes too."),
        U("acceptance", "Ok, now it holds. Thank you!"),
    ]),
    # E6 US estimated taxes; repeat_narrow; hard negative "no"
    dict(fmt="E", file="session_2026-07-26.jsonl", role="timmy", when="2026-07-26T13:09:44", turns=[
        U("plain", "first year freelancing in the US. how do I figure out my quarterly estimated tax payments? made about 60k net this year and expect the same next year"),
        A("Estimated taxes are how self-employed people pay income tax and self-employment tax throughout the year, since no employer is withholding for you. The IRS expects you to pay as you earn, and the calculation involves several pieces. First, self-employment tax covers Social Security and Medicare: 15.3% on 92.35% of your net earnings, with the Social Security portion capped at the annual wage base. You can deduct half of your self-employment tax when working out your adjusted gross income. Then there's federal income tax, which depends on your filing status, the standard deduction or itemised deductions, the qualified business income deduction, and the progressive tax brackets, which run from 10% to 37%. You'll also want to consider any state income tax. Form 1040-ES includes a worksheet that walks you through the whole calculation."),
        U("repeat_narrow", "ballpark per quarter please"),
        A("About $3,000 a quarter if you're single: roughly $8,500 self-employment tax plus $3,700 federal income tax (after the standard and QBI deductions), about $12,200 a year. Due dates: 15 April, 15 June, 15 September and 15 January. To be safe from penalties, pay at least 100% of last year's total tax across the four payments."),
        U("followup", "does state tax come on top? I'm in Texas"),
        A("No - Texas has no state income tax, so the federal amount is all."),
        U("acceptance", "ha, finally a perk. thanks"),
    ]),
    # E7 Sheets summary; echo then partial (second); 'assistant' role
    dict(fmt="E", file="session_2026-07-27.jsonl", role="assistant", when="2026-07-27T19:52:31", turns=[
        U("plain", "I have a Google Sheet of expenses (date, category, amount in columns A to C). I'd like a monthly summary per category. Formula-based please - I add rows every week."),
        A("The easiest way is a pivot table:\n\n1. Select columns A:C.\n2. Insert > Pivot table > New sheet.\n3. Rows: add Date, right-click a date > Create pivot date group > Year-Month.\n4. Columns: add Category.\n5. Values: add Amount (SUM).\n\nThe pivot table gives you a neat grid of months by category."),
        U("echo", "Formula-based, please."),
        A("`=QUERY(A:C, \"select A, B, sum(C) where A is not null group by A, B\", 1)`"),
        U("partial", "Nearly - but that groups by each individual date. I need it by month."),
        A("`=QUERY(A:C, \"select year(A), month(A), B, sum(C) where A is not null group by year(A), month(A), B label year(A) 'Year', month(A) 'Month (0=Jan)', sum(C) 'Total'\", 1)`\n\nQUERY numbers months from 0, so January shows as 0 and December as 11."),
        U("acceptance", "That works, thank you. The 0 for January is odd but I can live with it."),
    ]),
    # E8 LinkedIn; decline offer with "just"; explicit ("shorter")
    dict(fmt="E", file="session_2026-07-28.jsonl", role="timmy", when="2026-07-28T12:24:19", turns=[
        U("plain", "write me a linkedin headline - I'm a nurse moving into health tech product roles \U0001f489\u27a1\ufe0f\U0001f4bb"),
        A("Three options:\n\n1. Registered Nurse moving into Health Tech Product | Turning 10 years on the wards into better clinical software\n2. Nurse -> Product | Building health tech that works at 3am on a busy ward\n3. Clinical insight for digital health products | RN | Aspiring Product Manager\n\nWant me to do the About section too?"),
        U("decline_offer", "nah, just the headline for now. I like option 2 \u2728"),
        A("Option 2 it is."),
        U("new_task", "oh, and what's a polite way to ask a former manager for a reference on linkedin"),
        A("Dear Margaret,\n\nI hope you are keeping well and that things on Ward 7 are as lively as ever. It has been some time since we last worked together, and I have often thought about how much I learned under your leadership, particularly during the difficult winter of 2022, when your calm approach kept the whole team going.\n\nI am writing because I am currently making a career change into health technology, specifically into product roles where I hope to use my clinical experience to help design better software for frontline staff. As part of this, I am applying for several positions, and many of them ask for references from people who have seen my work first-hand.\n\nI wondered whether you would be willing to act as a referee for me. I completely understand if you are too busy or would prefer not to, and there is absolutely no obligation. If you are happy to help, I would be glad to send you my updated CV and a short summary of the roles I am applying for, so that you have all the context you need.\n\nThank you so much for considering this, and for all your support over the years.\n\nWith warmest wishes,\nPriya"),
        U("explicit", "way too long for a DM, she'll never read all that"),
        A("Hi Margaret, hope Ward 7 is treating you well! I'm moving into health tech product roles and applying for a few now - would you be happy to be a referee for me? Completely fine if not. Thanks so much, Priya"),
        U("acceptance", "sent! \U0001f64f"),
    ]),
    # E9 radiator + extractor fan; reject_approach then explicit (second), ends; error line
    dict(fmt="E", file="session_2026-07-29.jsonl", role="timmy", when="2026-07-29T10:03:46", turns=[
        U("plain", "one of my radiators is cold at the top and warm at the bottom, how do I fix that"),
        A("Bleed it: turn the heating off, put a radiator key on the square valve at the top corner, give it a quarter turn with a cloth underneath until the hissing stops and water appears, then close it. Afterwards check the boiler pressure (1-1.5 bar cold) and top it up if it dropped."),
        U("acceptance", "did it, warm all over now"),
        A("Nice. Keep an eye on the boiler pressure for a day or two."),
        U("new_task", "ok next job: the bathroom extractor fan is really loud and rattly. what's the fix"),
        A("Loud, rattling extractor fans usually mean the motor bearings are worn, and the best fix is to replace the unit. Turn off the power at the consumer unit, unscrew the cover, disconnect the three wires (live, switched live and neutral) from the terminal block, and remove the old fan. Fit the new fan to the same duct, reconnect the wires to the matching terminals, and set the overrun timer. A decent 100 mm fan costs around 30-60 pounds."),
        U("reject_approach", "not buying a new one yet. what can I check first"),
        ERR("memory tool unavailable", "tried to look up the fan model from earlier notes; continued without it"),
        A("First, power off at the consumer unit. Then squeeze the two clips on the sides of the front grille and pull it off, wipe the fluff off the blades with a damp cloth, check the blade isn't rubbing on the housing, and make sure the grille is pushed fully home when you refit it. A loose grille or caked blades cause most of the rattling."),
        U("explicit", "there are no clips on mine, the grille's held on by a screw in the middle and it's a sealed round unit. you're describing a different fan"),
    ]),
    # E10 guitar practice; clarify, followup ("only"), instead
    dict(fmt="E", file="session_2026-07-30.jsonl", role="timmy", when="2026-07-30T21:15:10", turns=[
        U("plain", "I've got 20 minutes a day for guitar. how should I split it? intermediate, want to get better at improvising"),
        A("What style do you mostly play or want to improvise in?"),
        U("clarify_answer", "blues mostly, a bit of rock"),
        A("20 minutes a day:\n\n- **3 min** - warm-up: chromatic runs or a scale at a slow tempo.\n- **5 min** - one pentatonic position, saying the root notes as you play.\n- **2 min** - learn one lick from a player you like.\n- **10 min** - improvise over a backing track, working that day's lick in.\n\nChange the key every week."),
        U("followup", "what backing tracks for the improv bit? only blues stuff for now"),
        A("Search YouTube for 'slow blues backing track in A' (60-70 bpm), then move to 'shuffle blues in E' as you get comfortable. Quist and Elevated Jam Tracks have lots of clean, well-recorded ones."),
        U("new_task", "by the way, what are the positions for A minor pentatonic box 1?"),
        A("A minor pentatonic, box 1:\n\n- Low E: A, C\n- A: D, E\n- D: G, A\n- G: C, D\n- B: E, G\n- High e: A, C"),
        U("instead", "fret numbers per string would be way more use to me, I don't read note names"),
        A("Box 1 at the 5th fret:\n\n- Low E: 5, 8\n- A: 5, 7\n- D: 5, 7\n- G: 5, 7\n- B: 5, 8\n- High e: 5, 8"),
        U("acceptance", "got it \U0001f3b8"),
    ]),
    # E11 speed test + background ping; tool error; instead; 'assistant' role
    dict(fmt="E", file="session_2026-07-31.jsonl", role="assistant", when="2026-07-31T18:40:03", turns=[
        U("plain", "run a speed test"),
        T("terminal", {"command": "networkQuality -s"}, {"output": "==== SUMMARY ====\nUplink capacity: 18.402 Mbps\nDownlink capacity: 212.551 Mbps\nResponsiveness: Medium (612 RPM)\nIdle Latency: 14.125 milliseconds", "exit_code": 0}),
        A("Down 212.6 Mbps, up 18.4 Mbps, idle latency 14 ms."),
        U("followup", "is that normal for a 200 meg fibre package"),
        A("Yes - download is above the 200 you pay for, and 18-20 up is typical for that tier."),
        U("new_task", "ping the nas every minute for an hour and log it, I think it keeps dropping out"),
        T("terminal", {"command": "ping -i 60 -c 60 192.168.1.20 > ~/nas-ping.log"}, {"output": "", "exit_code": 124}),
        ERR("terminal tool timed out after 300s", "ping -i 60 -c 60 runs for an hour in the foreground"),
        A("The command timed out because the tool stops anything that runs longer than five minutes. You can run it yourself in Terminal instead:\n\n`ping -i 60 -c 60 192.168.1.20 > ~/nas-ping.log`\n\nLeave the Terminal window open for the hour, then check the log for 'Request timeout' lines."),
        U("instead", "start it in the background with nohup so it doesn't block you, and I'll check the log later"),
        T("terminal", {"command": "nohup ping -i 60 -c 60 192.168.1.20 > ~/nas-ping.log 2>&1 & echo $!"}, {"output": "48211", "exit_code": 0}),
        A("Running in the background (PID 48211), logging to ~/nas-ping.log; it finishes in an hour. Afterwards `grep -c timeout ~/nas-ping.log` counts the drop-outs."),
        U("acceptance", "perfect, will check later"),
    ]),
    # E12 average speed homework; explicit; followup with "but no answer"
    dict(fmt="E", file="session_2026-08-01.jsonl", role="timmy", when="2026-08-01T17:28:37", turns=[
        U("plain", "My daughter has this problem: a train travels 240 km in 3 hours, then 150 km in 2 hours. What is the average speed? She says 77.5. Is it correct?"),
        A("Yes, 77.5 km/h is correct. The first part is 240 / 3 = 80 km/h and the second part is 150 / 2 = 75 km/h, and the average of 80 and 75 is 77.5 km/h."),
        U("explicit", "But the book says 78, so 77.5 is wrong I think? Please check again."),
        A("The book is right: 78 km/h. Average speed is total distance divided by total time: (240 + 150) / (3 + 2) = 390 / 5 = 78 km/h. Averaging 80 and 75 gives 77.5, but that's not right because the train spends longer at 80 km/h than at 75 km/h."),
        U("followup", "Ah ok, now I understand. Can you give her one more problem like this for practice, but no answer please"),
        A("A cyclist rides 36 km in 2 hours, then 24 km in 3 hours. What is the cyclist's average speed for the whole journey?"),
        U("acceptance", "Thank you!"),
    ]),
    # E13 packing + weather; decline offer, repeat_narrow
    dict(fmt="E", file="session_2026-08-02.jsonl", role="timmy", when="2026-08-02T07:50:21", turns=[
        U("plain", "packing list for 4 days hiking in the lake district, staying in hostels"),
        A("Hostel hiking, 4 days:\n\n**Wear/carry:** waterproof jacket and overtrousers, broken-in boots, 2 pairs walking socks per day's worth (wool), base layer, fleece, hat and gloves (even in summer on the tops).\n**Day pack:** 25-30 L with a liner, map (OS OL4/OL5/OL6/OL7) and compass, phone + power bank, head torch, first aid kit, 1.5 L water, lunch and snacks, sun cream.\n**Hostel:** quick-dry towel, flip-flops, padlock for lockers, ear plugs, sleeping bag liner, evening clothes, charger.\n\nShall I turn it into a checklist in Notes?"),
        U("decline_offer", "no thanks"),
        A("No problem."),
        U("new_task", "weather for keswick this weekend"),
        T("terminal", {"command": "curl -s 'wttr.in/Keswick?format=j1' | python3 -c \"import json,sys; d=json.load(sys.stdin); [print(w['date'], w['hourly'][4]['weatherDesc'][0]['value'], w['mintempC'], w['maxtempC']) for w in d['weather'][1:3]]\""}, {"output": "2026-08-08 Light rain 11 14\n2026-08-09 Partly cloudy 9 15", "exit_code": 0}),
        A("Keswick this weekend looks typically changeable for the Lakes. On Saturday, expect light rain for much of the day with highs of 14°C and lows of 11°C, so the fells will be wet underfoot and cloud may sit on the higher tops like Skiddaw and Blencathra - a lower-level route such as the Derwentwater shoreline or Cat Bells might be a better choice. Sunday looks brighter, partly cloudy with temperatures between 9°C and 15°C, which makes it the better day for a big walk. Whatever you plan, pack the waterproofs from your list, check the Mountain Weather Information Service (MWIS) forecast the evening before, and let someone know your route."),
        U("repeat_narrow", "sat and sun, one line each"),
        A("Sat: light rain, 11-14°C.\nSun: partly cloudy, 9-15°C."),
        U("acceptance", "waterproofs then"),
    ]),
    # E14 Factorio mod; explicit then partial (second); followup with "only"/"instead"
    dict(fmt="E", file="session_2026-08-03.jsonl", role="timmy", when="2026-08-03T22:11:05", turns=[
        U("plain", "factorio mod, control.lua: on_built_entity, if it's an assembling-machine-1 print its position to the player"),
        A("```lua\nscript.on_event(defines.events.on_built_entity, function(event)\n  local e = event.created_entity\n  if e.name == \"assembling-machine-1\" then\n    game.print(\"Assembler at \" .. e.position.x .. \", \" .. e.position.y)\n  end\nend)\n```"),
        U("explicit", "created_entity is gone in 2.0, it's event.entity now"),
        A("```lua\nscript.on_event(defines.events.on_built_entity, function(event)\n  local e = event.entity\n  if e.name == \"assembling-machine-1\" then\n    game.print(\"Assembler at \" .. e.position.x .. \", \" .. e.position.y)\n  end\nend)\n```"),
        U("partial", "entity's fixed, but game.print goes to everyone on the server. I want it to the player who built it"),
        A("```lua\nscript.on_event(defines.events.on_built_entity, function(event)\n  local e = event.entity\n  if e.name == \"assembling-machine-1\" then\n    local player = game.get_player(event.player_index)\n    player.print((\"Assembler at %.1f, %.1f\"):format(e.position.x, e.position.y))\n  end\nend)\n```"),
        U("followup", "how do I filter it so the handler only fires for that entity, instead of checking the name myself"),
        A("Pass an event filter as the third argument:\n\n```lua\nscript.on_event(defines.events.on_built_entity, function(event)\n  local player = game.get_player(event.player_index)\n  local p = event.entity.position\n  player.print((\"Assembler at %.1f, %.1f\"):format(p.x, p.y))\nend, {{filter = \"name\", name = \"assembling-machine-1\"}})\n```"),
        U("acceptance", "nice"),
    ]),
    # E15 calories + dinners; instead
    dict(fmt="E", file="session_2026-08-04.jsonl", role="timmy", when="2026-08-04T08:31:49", turns=[
        U("plain", "how many calories in a large oat milk flat white"),
        A("About 180-200 kcal for a large (around 350 ml) oat flat white."),
        U("acceptance", "hm, more than I thought"),
        A("Oat milk is one of the higher-calorie plant milks; a skimmed-milk one is nearer 120."),
        U("new_task", "plan me 5 cheap dinners for next week, I cook for one"),
        A("1. **Thai green curry** with fresh lemongrass, Thai basil and coconut milk\n2. **Lamb kofta** with mint yoghurt and flatbreads\n3. **Mushroom risotto** with fresh thyme and parmesan\n4. **Salmon teriyaki** with pak choi and rice\n5. **Chorizo and butter bean stew** with fresh coriander"),
        U("instead", "I'd rather they share ingredients, so I'm not left with half a bag of everything going off - like one bag of spinach across the week"),
        A("Five dinners for one from one shop: spinach, eggs, a tin of chickpeas, a pack of feta, rice, tinned tomatoes, an onion, garlic.\n\n1. **Mon:** Chickpea and spinach curry with rice (make double rice).\n2. **Tue:** Egg-fried rice with spinach (yesterday's rice).\n3. **Wed:** Shakshuka: eggs baked in tomatoes with spinach and feta.\n4. **Thu:** Spinach and feta omelette with the rest of the chickpeas crisped in a pan.\n5. **Fri:** Tomato, chickpea and feta rice bake.\n\nOne bag of spinach, one block of feta and a half-dozen eggs cover the week."),
        U("acceptance", "that's clever. doing it"),
    ]),
    # E16 school absence; clarify, partial, decline offer
    dict(fmt="E", file="session_2026-08-05.jsonl", role="timmy", when="2026-08-05T19:02:26", turns=[
        U("plain", "help me write a message to the school saying my son will miss friday for a family wedding"),
        A("Is it going to the class teacher or the school office, and do you want to ask for the absence to be authorised or just let them know?"),
        U("clarify_answer", "it's UK primary, goes to the office email. I know it'll probably be unauthorised, I just want to be polite about it"),
        A("Subject: Absence - Leo Turner, Year 4\n\nDear School Office,\n\nI'm writing to let you know that Leo will be absent on Thursday 18 September, as we are attending a family wedding. I would be very grateful if this absence could be authorised.\n\nThank you for your understanding.\n\nKind regards,\nAmy Turner"),
        U("partial", "nice tone, but it's friday not thursday, and please don't ask them to authorise it"),
        A("Subject: Absence - Leo Turner, Year 4\n\nDear School Office,\n\nI'm writing to let you know that Leo will be absent on Friday 19 September, as we are attending a family wedding. He'll be back in school on Monday.\n\nThank you for your understanding.\n\nKind regards,\nAmy Turner"),
        U("acceptance", "sent, thank you"),
        A("Want me to add the wedding to your calendar?"),
        U("decline_offer", "no, it's already in there"),
    ]),
    # E17 birthday card; echo then instead (second)
    dict(fmt="E", file="session_2026-08-06.jsonl", role="timmy", when="2026-08-06T14:44:58", turns=[
        U("plain", "write a two-line birthday message for my grandad's 90th card. he's a retired fisherman, keep it light and warm"),
        A("Ninety years upon the sea of life,\nThrough calm and storm, through joy and strife,\nYou've steered us all with steady hand,\nAnd brought us safely back to land.\nSo raise a glass and raise the sails,\nHere's to you, Grandad, and all your tales!"),
        U("echo", "two lines!"),
        A("Ninety years of sailing the seven seas of life, Grandad -\nmay the winds be kind on your final voyage home."),
        U("instead", "make it about the fishing and his terrible jokes, not the seven seas - and nothing about final anything \U0001f605"),
        A("Ninety years of early tides, big catches and even bigger stories - happy birthday, Grandad!\nHere's to many more of your terrible jokes round the table."),
        U("acceptance", "ha, he'll love that"),
    ]),
]
