"""Hand-written sessions for format C (fresh5, author F); the turn tuples of sessions_ab.py."""

from sessions_ab import A, T, U

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
