"""Hand-written sessions for formats A and B (fresh5, author F).

Each session is a dict with a list of turns:
  ("user", kind, text)            a user turn and its hand label
  ("asst", text)                  an assistant text reply
  ("tool", name, args, result)    an assistant tool call and the tool's result
The generator derives second/prompt_last_user/rejected/chosen from the turn order.
"""


def U(kind, text):
    return ("user", kind, text)


def A(text):
    return ("asst", text)


def T(name, args, result):
    return ("tool", name, args, result)


SESSIONS_A = [
    # A1 gardening, chatty retiree
    dict(fmt="A", when="2026-06-01T07:41:09", platform="cli", title="Yellow tomato leaves", turns=[
        U("plain", "Morning! My tomato plants in the greenhouse have gone yellow on the lower leaves. The tops look perfectly healthy and they're setting fruit nicely. They're in grow bags and I water them once a day. What do you reckon is going on?"),
        A("Yellowing lower leaves on tomatoes can have many causes, so it's worth working through them one at a time:\n\n1. **Nitrogen deficiency** - the plant moves nitrogen from old leaves to new growth. A soil test kit from a garden centre will tell you your NPK levels.\n2. **Overwatering** - waterlogged roots can't take up nutrients. Make sure your beds drain freely and consider adding grit or organic matter to heavy clay soils.\n3. **Early blight** - brown spots with concentric rings, starting low down. Remove affected leaves and practise a three-year crop rotation.\n4. **Septoria leaf spot** - small circular spots with dark edges.\n5. **Fusarium wilt** - yellowing on one side of the plant; there's no cure, and the soil should not be used for tomatoes for several years.\n6. **Magnesium deficiency** - yellowing between the veins.\n\nI'd start with a soil test and then decide whether you need to amend the bed before next season. Let me know if you need more help!"),
        U("repeat_narrow", "They're in grow bags though, so soil tests and crop rotation don't really come into it. In my setup, what would you actually do?"),
        A("In grow bags with fruit setting, my money is on magnesium: it runs short once the plants start cropping, and the giveaway is yellow between the veins on the oldest leaves while the veins stay green. Water in Epsom salts once a week (one tablespoon per 4.5 litres / a gallon watering can) and feed with a high-potash tomato feed at every watering from now on. Pick off the worst lower leaves up to the first truss; it helps the air move too."),
        U("followup", "Brilliant, I've got a bag of Epsom salts in the shed. Do I give them the tomato food on the same day or space the two out?"),
        A("Same day is fine - stir the Epsom salts into the can with the feed. No need to space them out."),
        U("acceptance", "Lovely, thank you dear."),
        A("You're welcome. Enjoy the tomatoes."),
    ]),
    # A2 SQL, curt developer
    dict(fmt="A", when="2026-06-02T10:12:44", platform="cli", title="Latest order per customer", turns=[
        U("plain", "postgres. orders(id, customer_id, created_at, total). need each customer's most recent order, whole row"),
        A("You can do this with a correlated subquery that finds the latest `created_at` for each customer:\n\n```sql\nSELECT o.*\nFROM orders o\nWHERE o.created_at = (\n    SELECT MAX(o2.created_at)\n    FROM orders o2\n    WHERE o2.customer_id = o.customer_id\n);\n```\n\nFor every row, the subquery looks up the maximum `created_at` for the same customer, and only rows matching that maximum are kept. Note that if a customer has two orders with exactly the same timestamp, both will be returned. On large tables the subquery runs once per row, so you may also want to look at window functions such as `ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC)` wrapped in a CTE, which many people find easier to read."),
        U("reject_approach", "no correlated subquery, that table's 40M rows. DISTINCT ON"),
        A("```sql\nSELECT DISTINCT ON (customer_id) *\nFROM orders\nORDER BY customer_id, created_at DESC, id DESC;\n```\n`id DESC` breaks ties so you get exactly one row per customer."),
        U("followup", "index for that?"),
        A("```sql\nCREATE INDEX CONCURRENTLY orders_customer_latest_idx\n    ON orders (customer_id, created_at DESC, id DESC);\n```"),
        U("new_task", "unrelated: how do i find the slowest queries on this box. pg 16"),
        A("Use `pg_stat_statements`:\n```sql\nSELECT calls, round(mean_exec_time::numeric, 1) AS mean_ms, query\nFROM pg_stat_statements\nORDER BY mean_exec_time DESC\nLIMIT 10;\n```\nIt needs `shared_preload_libraries = 'pg_stat_statements'` in postgresql.conf, a restart, and `CREATE EXTENSION pg_stat_statements;`. Want me to walk you through turning it on?"),
        U("decline_offer", "no it's already on, that query's all I needed"),
        A("Then you're set."),
    ]),
    # A3 tax, formal US
    dict(fmt="A", when="2026-06-03T19:05:30", platform="cli", title="Home office deduction", turns=[
        U("plain", "Good evening. I am self-employed and work from a spare bedroom of 120 square feet. Could you please tell me my home office deduction using the simplified method?"),
        A("Certainly! There are two ways to claim the home office deduction, and it's worth understanding both before you decide.\n\n**Regular method (Form 8829):** You work out the percentage of your home used for business (here, 120 square feet divided by the total square footage of your home) and apply that percentage to actual expenses such as mortgage interest or rent, utilities, insurance, repairs and depreciation. This can give a larger deduction, but it requires detailed records, and depreciation may be recaptured when you sell the home.\n\n**Simplified method:** A flat rate per square foot, with no need to track actual expenses.\n\nTo qualify under either method, the space must be used regularly and exclusively for business. Many taxpayers find it worthwhile to calculate both and compare. Would you like me to go through the regular method with your figures?"),
        U("echo", "I did say the simplified method."),
        A("$600. The simplified method allows $5 per square foot for up to 300 square feet, so 120 x $5 = $600. It goes on line 30 of Schedule C, and you don't file Form 8829."),
        U("followup", "Thank you. Actually, one more question: if I moved into the 200 square foot room next year, that would be $1,000, correct?"),
        A("Correct: 200 x $5 = $1,000, still under the 300 square foot ($1,500) cap."),
        U("acceptance", "Very good. That is all for today."),
    ]),
    # A4 home network with tool calls, lower case
    dict(fmt="A", when="2026-06-04T21:33:02", platform="cli", title="Printer shows offline", turns=[
        U("plain", "whats my laptops ip on the home network and can it see the printer (its on 192.168.1.50)"),
        T("terminal", {"command": "ipconfig getifaddr en0"}, {"output": "192.168.1.34", "exit_code": 0}),
        T("terminal", {"command": "ping -c 2 -t 3 192.168.1.50"}, {"output": "PING 192.168.1.50 (192.168.1.50): 56 data bytes\n64 bytes from 192.168.1.50: icmp_seq=0 ttl=64 time=4.112 ms\n64 bytes from 192.168.1.50: icmp_seq=1 ttl=64 time=3.870 ms\n\n--- 192.168.1.50 ping statistics ---\n2 packets transmitted, 2 packets received, 0.0% packet loss", "exit_code": 0}),
        A("Your Mac is 192.168.1.34, and the printer at 192.168.1.50 answers (2 of 2 pings, about 4 ms), so it's reachable on the network."),
        U("followup", "ok so why does print settings say its offline"),
        A("When macOS shows a reachable printer as offline, the most reliable fix is to reset the whole printing system:\n\n1. Open System Settings > Printers & Scanners.\n2. Control-click in the printer list and choose **Reset printing system...**.\n3. Confirm, enter your password, and wait for the list to clear.\n4. Add the printer again with the + button.\n\nResetting removes every printer, all queued jobs and any custom presets, and it restores the CUPS configuration to its defaults, which clears out corrupted settings that are often behind the offline status. You may also want to download the latest driver from the manufacturer's website before re-adding the printer."),
        U("reject_approach", "im not resetting the whole printing system, theres 3 other printers on there for the office. something less nuclear"),
        A("Then just re-add that one printer: in Printers & Scanners select it, click the minus button, then the plus button, choose the IP tab and enter 192.168.1.50 with protocol IPP. \"Offline\" usually means the saved entry points at an old Bonjour name; adding it by IP fixes that and leaves the other printers alone."),
        U("acceptance", "that did it, cheers"),
    ]),
    # A5 kids homework, non-native English
    dict(fmt="A", when="2026-06-05T17:20:15", platform="cli", title="Explaining fractions", turns=[
        U("plain", "My son is 9 years, he have homework: 3/4 + 1/8. He don't understand. How I explain this to him simple?"),
        A("To add fractions with different denominators, you first need to find the least common denominator (LCD), which is the least common multiple of the denominators. The prime factorisation of 4 is 2 x 2 and of 8 is 2 x 2 x 2, so the LCM is 2 x 2 x 2 = 8. Next, convert each fraction into an equivalent fraction with denominator 8 by multiplying numerator and denominator by the same factor: 3/4 = (3 x 2)/(4 x 2) = 6/8. The fraction 1/8 already has denominator 8. Now add the numerators while keeping the common denominator: 6/8 + 1/8 = 7/8. Finally, check whether the result can be simplified by finding the greatest common divisor of numerator and denominator; since 7 is prime and does not divide 8, 7/8 is already in lowest terms."),
        U("explicit", "This is too difficult for him, he is 9. He not know what is a multiple or prime."),
        A("Try it with a pizza cut into 8 slices.\n\n- 3/4 of the pizza is the same as 6 slices, because each quarter is 2 slices.\n- 1/8 is 1 more slice.\n- 6 slices + 1 slice = 7 slices, so the answer is 7/8.\n\nThe trick to tell him: first make the pieces the same size, then count the pieces."),
        U("acceptance", "Yes the pizza is good, he understand now!! Thank you"),
        A("Great. The same trick works for any two fractions with different bottom numbers."),
        U("new_task", "Other question, for me: how long I cook white rice in a pot, 2 cup of rice"),
        A("Rinse the rice, put it in the pot with 3 cups of water and a pinch of salt, bring to the boil, then lid on, lowest heat for 15 minutes. Turn off the heat and leave the lid on for 5 more minutes, then fluff with a fork."),
        U("acceptance", "ok thanks, very easy"),
    ]),
    # A6 cover letter, chatty, double correction
    dict(fmt="A", when="2026-06-06T12:48:51", platform="cli", title="Cover letter opening", turns=[
        U("plain", "can you write me an opening paragraph for a cover letter? junior data analyst role at a food bank charity, and I'm switching over from 6 years in retail management"),
        A("I am writing to express my keen interest in the Junior Data Analyst position at your esteemed organisation. As a highly motivated individual with a deep passion for data and a strong desire to make a difference, I believe I would be an excellent fit for your team. I am a fast learner, a dedicated team player, and I thrive in fast-paced environments where I can leverage my analytical skills to drive impactful, data-driven decisions."),
        U("explicit", "hmm, it doesn't mention the retail background at all, and that's the whole angle of my application"),
        A("Dear Hiring Manager,\n\nAfter six rewarding years in retail management, I am excited to apply for the Junior Data Analyst role at your food bank. In retail, I managed stock levels, staff rotas and weekly sales reporting, and I quickly discovered that the part of my job I enjoyed most was digging into the numbers.\n\nOver the last year I have completed an online course in SQL and Excel, and I have used these skills to build a dashboard that tracked waste across our three stores, reducing spoilage significantly.\n\nI am particularly drawn to your charity because food insecurity is an issue close to my heart, and I would love the chance to use data to help get food to the people who need it most."),
        U("partial", "ok the retail bit is in there now, which is better, but I asked for one opening paragraph and that's three plus a 'Dear Hiring Manager'"),
        A("After six years managing stock, rotas and weekly sales reports in retail, I've learned that the numbers behind a shop floor tell you where help is needed before anyone says it out loud - and that's exactly why I'm applying for the Junior Data Analyst role at your food bank, where getting the right food to the right place matters far more than a sales target."),
        U("followup", "yes!! that's the one. could you do a closing line in the same tone?"),
        A("I'd love the chance to bring that same eye for what the numbers are saying to your team, and I'd be glad to talk about how I could help."),
        U("acceptance", "perfect \U0001f64c"),
    ]),
    # A7 DIY electrics, UK
    dict(fmt="A", when="2026-06-07T10:02:37", platform="cli", title="Ceiling light wiring", turns=[
        U("plain", "Replacing a ceiling light. The old one has two red wires, two black wires and a black with red tape round it, plus the earths. The new fitting only has L, N and earth. Where does everything go?"),
        A("Switch off the lighting circuit at the consumer unit first and check it's dead with a voltage tester.\n\nThat's a standard loop-in rose with old UK colours:\n\n- **Black with red tape** - the switched live from the wall switch. This goes to **L** on the new fitting.\n- **Two blacks** - neutrals. Both go to **N**.\n- **Two reds** - the permanent live looping on to the next light. These don't connect to the fitting at all: join them together in their own connector.\n- **Earths** - all to the earth terminal (sleeve any bare ones in green/yellow).\n\nIf anything doesn't match this, stop and get a Part P registered electrician. Want me to sketch a wiring diagram?"),
        U("decline_offer", "No need, that's clear. So the reds just go in a connector on their own?"),
        A("Yes: both reds into one terminal of a Wago or a strip connector, tucked into the box, with nothing else attached."),
        U("new_task", "Great. Separate question: what wattage LED bulb is the same as an old 60W one?"),
        A("Here's a guide to LED equivalents, because wattage no longer tells you brightness - lumens do:\n\n| Old incandescent | Lumens | Typical LED |\n|---|---|---|\n| 25 W | 250 lm | 3-4 W |\n| 40 W | 470 lm | 5-6 W |\n| 60 W | 800 lm | 8-9 W |\n| 75 W | 1,100 lm | 11-12 W |\n| 100 W | 1,600 lm | 15-17 W |\n\nAlso think about colour temperature: 2700 K is warm white, similar to old bulbs, while 4000 K is cooler and better for kitchens and workspaces. If your fitting is on a dimmer, make sure the LED is marked dimmable, and check the cap type (B22 bayonet or E27 screw) before you buy. Beam angle matters for spotlights but not for a standard pendant."),
        U("repeat_narrow", "just the number"),
        A("8-9 W (about 800 lumens)."),
        U("acceptance", "ta"),
    ]),
    # A8 travel, voice dictation
    dict(fmt="A", when="2026-06-08T08:15:20", platform="telegram", title="Japan stopover and Bali", turns=[
        U("plain", "hey so I'm flying to Bali in October with a five day stopover in Tokyo on the way out and I've got a US passport do I need a visa for Japan or anything before I go also my passport expires next August if that matters"),
        A("Good news for the Tokyo part: as a US passport holder you can visit Japan visa-free for up to 90 days as a tourist, so a five-day stopover needs nothing in advance. You'll fill in an arrival card (or use Visit Japan Web to do it online beforehand and get a QR code for immigration and customs), and you may be asked to show an onward ticket, which your Bali flight covers. Have a great trip!"),
        U("partial", "okay Japan sounds easy but you skipped the passport part it runs out next August is that a problem for getting into Bali"),
        A("You're fine: Indonesia wants 6 months of validity from the day you arrive, and October to next August is about 10 months. What Bali does need is a visa on arrival for US citizens - IDR 500,000, or apply for the e-VOA online before you fly - plus the Bali tourist levy of IDR 150,000, which you can also pay online."),
        U("followup", "oh okay good so I should do the e-VOA before I fly is that a long process or can I leave it till the week before"),
        A("The week before is fine. It's an online form with a passport photo page scan and your flight details, and approval usually takes minutes to a day. Use the official Indonesian immigration site and keep the PDF on your phone."),
        U("acceptance", "amazing thank you so much"),
    ]),
    # A9 Excel, formal accountant, hard negatives "just", "instead"
    dict(fmt="A", when="2026-06-09T14:27:03", platform="cli", title="Monthly SUMIFS", turns=[
        U("plain", "Excel: column A holds dates, column C amounts. I need the total of C for February 2026 only. A formula, please."),
        A("Use SUMIF with the month name as the criterion:\n\n`=SUMIF(A:A, \"February\", C:C)`\n\nThis adds up every value in column C where column A says February."),
        U("explicit", "That returns 0. The dates are real Excel dates, not the word February."),
        A("`=SUMIFS(C:C, A:A, \">=\"&DATE(2026,2,1), A:A, \"<\"&DATE(2026,3,1))` - it sums C for dates from 1 February up to (not including) 1 March 2026."),
        U("followup", "Works. Now just the same for March, please."),
        A("`=SUMIFS(C:C, A:A, \">=\"&DATE(2026,3,1), A:A, \"<\"&DATE(2026,4,1))`"),
        U("followup", "And can the month come from a cell instead of my typing it each time? E1 will hold the first of the month."),
        A("`=SUMIFS(C:C, A:A, \">=\"&E1, A:A, \"<\"&EDATE(E1,1))` - change E1 to 01/04/2026 and it gives April."),
        U("acceptance", "Excellent."),
    ]),
    # A10 fitness, decline offer + instead
    dict(fmt="A", when="2026-06-10T06:55:48", platform="telegram", title="Couch to running", turns=[
        U("plain", "want to start running. total beginner, 35, bit overweight. can you give me a plan for the first month"),
        A("Here's a gentle four-week run/walk plan, three sessions a week with a rest day between:\n\n- **Week 1:** 5 min brisk walk, then 6 x (1 min easy jog, 90 s walk), 5 min walk.\n- **Week 2:** 5 min walk, then 6 x (90 s jog, 2 min walk), 5 min walk.\n- **Week 3:** 5 min walk, then 5 x (2 min jog, 90 s walk), 5 min walk.\n- **Week 4:** 5 min walk, then 4 x (3 min jog, 90 s walk), 5 min walk.\n\nJog slowly enough that you could talk in short sentences. If a week feels hard, repeat it - that's normal. Should I save this to your notes so I can check in on your progress?"),
        U("decline_offer", "nah don't save it, I'll screenshot it"),
        A("Fine by me. Good luck with the first session."),
        U("followup", "one thing, my knees sometimes ache after walking downhill. should I change anything?"),
        A("Knee pain can have a number of causes, and it's important to get it assessed by a doctor or physiotherapist before starting any exercise programme. Possible causes include patellofemoral pain syndrome, iliotibial band syndrome, meniscus injuries, early osteoarthritis and tendinopathy. A professional can carry out a proper examination, may refer you for imaging such as an X-ray or MRI, and can rule out anything serious. In the meantime, the RICE principle (rest, ice, compression, elevation) can help with any swelling, and over-the-counter pain relief may help with discomfort."),
        U("instead", "I'm not after a diagnosis, it's a mild ache. I'd rather have a couple of practical tweaks to the plan"),
        A("Two tweaks:\n\n1. Run on flat routes for the first month and walk any downhill stretches.\n2. After each session do 2 sets of 10 slow step-downs off the bottom stair and 20 glute bridges - stronger hips take load off the knees.\n\nIf the ache is still there the next morning, swap that run for a 30-minute brisk walk on the flat."),
        U("acceptance", "cool, that's doable"),
    ]),
    # A11 game modding, teen with typos
    dict(fmt="A", when="2026-06-11T16:40:26", platform="cli", title="SMAPI on Steam Deck", turns=[
        U("plain", "how do i install smapi mods for stardew on my steam deck"),
        A("Installing SMAPI mods is easy!\n\n1. Download SMAPI from smapi.io and run the installer .exe.\n2. Go to `C:\\Program Files (x86)\\Steam\\steamapps\\common\\Stardew Valley\\Mods`.\n3. Download mods from Nexus Mods and unzip each one into that Mods folder.\n4. Launch the game through Steam and SMAPI will load your mods.\n\nMake sure each mod's folder contains a `manifest.json`, otherwise SMAPI won't pick it up."),
        U("reject_approach", "im on the steam deck tho, theres no C drive lol and i cant run an exe"),
        A("On the Deck it's done in Desktop Mode:\n\n1. Hold the power button > Switch to Desktop.\n2. Download the SMAPI zip from smapi.io in the browser, extract it in Dolphin, and double-click `install on Linux.sh` (choose Install).\n3. Put mods in `/home/deck/.local/share/Steam/steamapps/common/Stardew Valley/Mods` - each mod in its own folder with its `manifest.json`.\n4. If Steam still starts the unmodded game, set the launch options to `\"/home/deck/.local/share/Steam/steamapps/common/Stardew Valley/StardewModdingAPI\" %command%`.\n5. Return to Gaming Mode and start Stardew as usual."),
        U("acceptance", "ok got it working!!"),
        A("Nice, enjoy."),
        U("followup", "can u recommend like 3 mods that dont change the game too much"),
        A("- **Lookup Anything** - press F1 on anything to see what it is and who likes it.\n- **NPC Map Locations** - shows villagers on the map.\n- **UI Info Suite 2** - luck, weather, crop timers and birthdays on screen.\n\nAll three are pure quality-of-life; the game plays the same."),
        U("acceptance", "ty"),
    ]),
    # A12 legal letter, formal; ends on a correction with no retry
    dict(fmt="A", when="2026-06-12T09:30:11", platform="cli", title="Deposit return letter", turns=[
        U("plain", "Please draft a letter to my former landlord requesting the return of my GBP 950 deposit. I moved out on 31 May and it has now been six weeks. The deposit was protected with the DPS."),
        A("Dear Mr Hollis,\n\nRE: RETURN OF DEPOSIT - FINAL WARNING\n\nYou have unlawfully withheld my deposit of GBP 950 for six weeks. This is completely unacceptable. Unless the full amount is in my account within 7 days, I will issue a claim against you in the County Court without further notice, and I will seek the maximum penalty available, up to three times the deposit, together with my costs.\n\nI expect your immediate response.\n\nYours,\nEleanor Marsh"),
        U("explicit", "That tone is far too aggressive. I still need a reference from him for my next flat. It should be polite but firm."),
        A("Dear Mr Hollis,\n\nI moved out of 14 Cavendish Road on 31 May 2026 and returned the keys that day. My deposit of GBP 950 is protected with the Deposit Protection Service (DPS).\n\nAs six weeks have now passed, I would be grateful if you could release the deposit through the DPS, or let me know of any proposed deductions, within the next 14 days.\n\nThank you for your help with this.\n\nYours sincerely,\nEleanor Marsh"),
        U("followup", "Thank you, that is much better. Could you add a sentence saying I am happy to discuss any deductions?"),
        A("Dear Mr Hollis,\n\nI moved out of 14 Cavendish Road on 31 May 2026 and returned the keys that day.\n\nAs six weeks have now passed, I would be grateful if you could release my deposit of GBP 950, or let me know of any proposed deductions, within the next 14 days. I am of course happy to discuss any deductions you think are needed.\n\nThank you for your help with this.\n\nYours sincerely,\nEleanor Marsh"),
        U("partial", "The new sentence is good, but the reference to the DPS has gone missing. Please put it back."),
    ]),
    # A13 music theory; retry, second correction, end (both null)
    dict(fmt="A", when="2026-06-13T20:11:58", platform="cli", title="Chords and a chorus progression", turns=[
        U("plain", "what notes are in Cmaj7 and how do I play it on guitar in open position"),
        A("Cmaj7 is C-E-G-B. Open position: x32000 (A string 3rd fret, D string 2nd fret, the rest open)."),
        U("followup", "nice. and Fmaj7 without a barre?"),
        A("xx3210: D string 3rd fret, G string 2nd, B string 1st, high E open."),
        U("new_task", "ok different thing. writing a song in D major, can you suggest a chord progression for the chorus that feels uplifting? not I-V-vi-IV please, everyone uses it"),
        A("Try D - A - Bm - G for the chorus. It's bright, it resolves nicely, and it lifts on the G."),
        U("echo", "D - A - Bm - G is literally I-V-vi-IV"),
        A("Fair point! Try Bm - G - D - A instead. Starting on the minor chord gives it a more emotional build before it lifts."),
        U("explicit", "that's the same four chords starting on a different one. I wanted something that's actually different"),
    ]),
    # A14 recipe with clarify answer; hard negatives "no", "only"
    dict(fmt="A", when="2026-06-14T18:03:40", platform="telegram", title="Chickpea dinner", turns=[
        U("plain", "what can I make for dinner with chickpeas, spinach, a tin of tomatoes and some rice? \U0001f345"),
        A("Good base for a curry or a stew. Have you got coconut milk, cream or yoghurt? That decides which way I'd go."),
        U("clarify_answer", "no coconut milk, but there's a tub of greek yoghurt"),
        A("Chickpea and spinach curry with yoghurt (serves 2):\n\n1. Start the rice.\n2. Soften a chopped onion in oil for 5 minutes, add 2 garlic cloves and a thumb of ginger if you have it.\n3. Stir in 2 tsp garam masala, 1 tsp cumin and a pinch of chilli for a minute.\n4. Add the tin of tomatoes and the drained chickpeas, simmer 15 minutes.\n5. Wilt in the spinach, take it off the heat and stir in 3 tbsp of yoghurt (off the heat so it doesn't split).\n6. Salt, a squeeze of lemon, serve over the rice."),
        U("followup", "I have no garam masala though, only cumin and paprika - still ok?"),
        A("Still good: use 1.5 tsp cumin and 1 tsp paprika (smoked if you have it), plus a pinch of cinnamon if there's any in the cupboard."),
        U("new_task", "also how long does cooked rice keep in the fridge"),
        A("Cooked rice needs a bit of care, because it can carry spores of *Bacillus cereus*, a bacterium that survives cooking. If the rice sits at room temperature, the spores can germinate and produce toxins that reheating won't destroy, which can cause vomiting or diarrhoea. To stay safe, cool leftover rice as quickly as possible - ideally within an hour - by spreading it out on a tray, then refrigerate it in a sealed container. When you reheat it, make sure it's steaming hot all the way through, and never reheat it more than once. The NHS and the Food Standards Agency both publish guidance on this, and it's worth following closely, especially for young children, older people and anyone pregnant."),
        U("repeat_narrow", "how many days though"),
        A("One day - two at the very most - if it went into the fridge within an hour."),
        U("acceptance", "\U0001f44d"),
    ]),
    # A15 translation, partial
    dict(fmt="A", when="2026-06-15T11:26:09", platform="telegram", title="Spanish message to landlady", turns=[
        U("plain", "can u translate this into spanish for my landlady, informal, we're on first name terms: 'Hi Carmen, the washing machine is leaking again. Could someone come and look at it this week? I'm home after 5pm.'"),
        A("Estimada Carmen:\n\nLe escribo para informarle de que la lavadora vuelve a tener una fuga. ¿Podría usted enviar a alguien para revisarla esta semana? Me encuentro en casa a partir de las 17:00 horas.\n\nAtentamente."),
        U("partial", "the meaning is all there but it's usted and 'Estimada... Atentamente' is like a letter to the bank, I said informal"),
        A("Hola Carmen, la lavadora vuelve a perder agua. ¿Puede venir alguien a mirarla esta semana? Estoy en casa a partir de las 5. ¡Gracias!"),
        U("acceptance", "perfecto gracias"),
    ]),
    # A16 houseplants, partial; chosen followed by acceptance then followup
    dict(fmt="A", when="2026-06-16T13:49:33", platform="cli", title="Cat-safe houseplants", turns=[
        U("plain", "5 easy houseplants for a darkish flat that are safe for cats"),
        A("Here are five low-light houseplants that are practically unkillable:\n\n1. **Peace lily** - tolerates shade and droops when it needs water.\n2. **Snake plant** - thrives on neglect.\n3. **Spider plant** - fast-growing and forgiving.\n4. **Parlour palm** - happy in a dim corner.\n5. **ZZ plant** - glossy leaves and very drought-tolerant."),
        U("partial", "spider plant and parlour palm are fine, but peace lily, snake plant and ZZ are all on the toxic-to-cats lists"),
        A("Swapping those three, five cat-safe ones for low light:\n\n1. Spider plant\n2. Parlour palm\n3. Calathea (prayer plant) - likes humidity\n4. Boston fern - likes humidity, keep it moist\n5. Cast iron plant (Aspidistra) - copes with dark corners and neglect\n\nAll five are listed as non-toxic to cats by the ASPCA."),
        U("acceptance", "perfect, the cast iron plant sounds unkillable"),
        A("Near enough - it shrugs off dim light and missed waterings."),
        U("followup", "how often do i water it"),
        A("Every 2-3 weeks, when the top few centimetres of soil are dry; even less in winter."),
    ]),
]


SESSIONS_B = [
    # B1 home network, curt; clarify answer + reject approach
    dict(fmt="B", when="2026-06-17T20:04:12", platform="telegram", title="Back bedroom wifi", turns=[
        U("plain", "wifi dead in the back bedroom. router in the hallway. fix?"),
        A("Which router is it, and is there a network cable or a spare socket roughly halfway between the hallway and the bedroom?"),
        U("clarify_answer", "BT hub. no cables. sockets everywhere"),
        A("For whole-home coverage, the best solution is a mesh Wi-Fi system. Products like BT Whole Home, Google Nest Wifi Pro, Eero Pro 6E or TP-Link Deco XE75 replace your hub's Wi-Fi with several units that work together to blanket the house in signal. A three-pack typically costs between GBP 250 and GBP 350, and you can turn off the hub's own wireless once the mesh is running. Mesh systems also give you a single network name, automatic band steering and app-based management, and they're much better than extenders for streaming and video calls. Place the first unit next to the hub and the others in the rooms with the weakest signal."),
        U("reject_approach", "not spending 300 quid on this. cheaper"),
        A("Powerline adapter kit with Wi-Fi (e.g. TP-Link TL-WPA4220, about GBP 50): one plugged in by the hub and connected with the cable in the box, the other in the bedroom. A plug-in Wi-Fi extender halfway (about GBP 25) also works, but through walls powerline is usually better."),
        U("acceptance", "powerline it is"),
    ]),
    # B2 bike repair, chatty; clarify + instead; then new task
    dict(fmt="B", when="2026-06-18T18:31:40", platform="telegram", title="Squealing disc brakes", turns=[
        U("plain", "my disc brakes on the gravel bike have started squealing like mad after I rode in the rain yesterday. shimano hydraulic. any idea?"),
        A("Is it squealing every time you brake, or only under light braking? And is the stopping power the same as before?"),
        U("clarify_answer", "every time, worse when it's wet. stopping seems fine"),
        A("Persistent squealing usually means the pads are contaminated or glazed and the rotors are worn. The safest fix is to replace both pads with fresh resin or metallic pads and fit new rotors, then bleed the brakes so the lever feel is consistent. Contamination soaks into the pad compound and can't really be removed, and glazed rotors will keep making noise. Expect to spend around GBP 60-100 on parts, or more if you have a shop do the bleed."),
        U("instead", "I'd rather not bin perfectly good pads after one wet ride - is there something I can try first?"),
        A("Try a clean and re-bed first:\n\n1. Wipe the rotors with isopropyl alcohol and a clean rag (no degreaser spray).\n2. Take the pads out, lightly sand the surface on fine sandpaper on a flat board, and wipe the calipers.\n3. Refit, then do 10-15 firm stops from jogging speed to walking pace to bed them in.\n\nOnly if it still squeals after that would I replace the pads."),
        U("acceptance", "That fixed it!! silent again. thank you so much"),
        A("Good stuff."),
        U("new_task", "while I've got you, what tyre pressure for 40mm gravel tyres? I'm about 80kg"),
        A("With tubes, about 35 psi front and 38 rear; tubeless, you can drop to about 30 front and 33 rear."),
        U("followup", "and if the ride that day is mostly tarmac?"),
        A("Go up to around 42 front, 45 rear."),
        U("acceptance", "perfect"),
    ]),
    # B3 UK tax, curt; double: repeat_narrow then explicit (second)
    dict(fmt="B", when="2026-06-19T21:17:05", platform="telegram", title="Marriage allowance", turns=[
        U("plain", "can I claim marriage allowance, wife earns 11k, I earn 38k"),
        A("Marriage Allowance lets a spouse or civil partner transfer part of their Personal Allowance to the other, and there are several conditions to check. You must be married or in a civil partnership. The person transferring the allowance must normally earn less than the Personal Allowance, which is GBP 12,570 for 2025-26. The person receiving it must be a basic-rate taxpayer, which generally means income between GBP 12,571 and GBP 50,270. Neither of you can have been born before 6 April 1935, because couples born before then may be eligible for the Married Couple's Allowance instead. Different rules can apply in Scotland, where there are more income tax bands. You can apply online through GOV.UK, and claims can sometimes be backdated."),
        U("repeat_narrow", "so yes or no"),
        A("Yes. You transfer GBP 1,260 of your Personal Allowance to your wife, which saves up to GBP 252 a year."),
        U("explicit", "other way round surely, she's the one earning under the allowance"),
        A("Yes, other way round, sorry: your wife transfers GBP 1,260 of her Personal Allowance to you, and your tax bill drops by up to GBP 252 a year. She makes the claim on GOV.UK (search 'Marriage Allowance'), and it can be backdated up to 4 tax years."),
        U("followup", "backdated 4 years so thats about a grand back?"),
        A("Roughly, yes - the earlier years are worth a little less each, so a bit under GBP 1,000 in total if you qualified in all four."),
        U("acceptance", "nice one"),
    ]),
    # B4 bread, non-native English; decline offer with "No"
    dict(fmt="B", when="2026-06-20T09:44:51", platform="telegram", title="Simple bread", turns=[
        U("plain", "I want bake a simple bread without the machine. I have 500g flour, dry yeast, salt. Give me recipe please."),
        A("Simple white loaf:\n\n1. Mix 500 g strong flour, 7 g dried yeast (one sachet) and 10 g salt (keep the salt and yeast apart at first).\n2. Add 320-350 ml lukewarm water and mix to a shaggy dough.\n3. Knead 10 minutes until smooth and stretchy.\n4. Cover and leave 1-1.5 hours until doubled.\n5. Knock back, shape into a ball or put in a greased 900 g loaf tin, and leave 45 minutes more.\n6. Bake at 220 C (200 C fan) for 30-35 minutes, until it sounds hollow when tapped underneath.\n7. Cool on a rack before cutting.\n\nWould you like a version with sourdough starter as well?"),
        U("decline_offer", "No, I have no starter. This one is good."),
        A("Then go with this one. Enjoy the bread."),
        U("followup", "The dough is very sticky now, is this normal or I did something wrong?"),
        A("Normal at this much water. Keep kneading with lightly wet hands or a scraper - it gets less sticky after a few minutes. Only add flour a spoon at a time if it's really unmanageable."),
        U("acceptance", "Okay, it is better now. Thank you!"),
    ]),
    # B5 Google Sheets, lower case; double: reject_approach then partial (second)
    dict(fmt="B", when="2026-06-21T15:08:29", platform="telegram", title="Unique email count", turns=[
        U("plain", "google sheets: col B has emails, loads of dupes. how many unique ones are there"),
        A("To get rid of the duplicates:\n\n1. Select column B.\n2. Go to Data > Data cleanup > Remove duplicates.\n3. Tick 'Data has header row' if row 1 is a header, then click Remove duplicates.\n\nSheets will tell you how many duplicate rows were removed and how many unique rows remain."),
        U("reject_approach", "dont want to delete anything, the rows have other stuff in them. i just need the number"),
        A("Use this in any empty cell:\n\n`=COUNTA(UNIQUE(B:B))`\n\nUNIQUE lists each distinct email once and COUNTA counts them."),
        U("partial", "closer, but its one more than it should be - i think its counting the header or the blank cells"),
        A("`=COUNTUNIQUE(B2:B)` - starting at B2 skips the header, and COUNTUNIQUE ignores empty cells."),
        U("acceptance", "yep 412. ta"),
    ]),
    # B6 kids homework, formal parent; echo; hard negative "Actually" in new task
    dict(fmt="B", when="2026-06-22T19:22:16", platform="telegram", title="Great Fire of London", turns=[
        U("plain", "My daughter (12) needs three bullet points on why the Great Fire of London spread so quickly. Please keep it at her level."),
        A("The rapid spread of the Great Fire of London in September 1666 can be attributed to a confluence of environmental, architectural and socio-economic factors. A prolonged drought during the summer had desiccated the city's predominantly timber-framed structures, many of which were additionally coated in flammable pitch. The densely packed medieval street plan, characterised by overhanging jettied upper storeys, facilitated the transmission of flames across narrow thoroughfares. A strong easterly wind propelled the conflagration westward, while warehouses along the Thames containing combustible commodities such as tallow, oil and timber acted as accelerants. Furthermore, the hesitancy of the Lord Mayor, Sir Thomas Bloodworth, to authorise the demolition of buildings to create firebreaks delayed an effective response."),
        U("echo", "Three bullet points, at a twelve-year-old's level."),
        A("- The houses were made of wood and the summer had been very dry, so they caught fire easily.\n- The streets were narrow and the houses were packed close together, so the flames jumped from house to house.\n- A strong wind blew the fire across the city, and warehouses full of things like oil and tar made it burn even faster."),
        U("acceptance", "That is just right. Thank you."),
        A("You're welcome."),
        U("new_task", "Actually, one more thing: what year was it, and how many people officially died? She wants to check her notes."),
        A("1666 (2-6 September). Only six deaths were officially recorded, though historians think the real number was probably higher."),
        U("acceptance", "Perfect."),
    ]),
    # B7 interview prep, typos; clarify + memory tool + instead
    dict(fmt="B", when="2026-06-23T12:35:47", platform="telegram", title="Interview prep", turns=[
        U("plain", "got an interview thurs for a project coordinator job at a housing association!! can u give me likely questions"),
        A("Congratulations! Do you know if it's a panel or one-to-one? It changes the prep a bit."),
        U("clarify_answer", "panel i think, 3 people. thursday 2pm"),
        T("memory", {"action": "add", "target": "user", "content": "Owner has a panel interview (3 people) for a project coordinator role at a housing association on Thursday at 2pm."}, {"success": True, "target": "user", "entries": 9}),
        A("Noted the interview for Thursday at 2pm. Likely questions for a panel:\n\n1. Why do you want to work for a housing association?\n2. Tell us about a project you coordinated from start to finish.\n3. How do you prioritise when several deadlines clash?\n4. Tell us about a time you handled conflict.\n5. How would you keep tenants informed during repair works?\n6. What systems or tools have you used to track tasks?\n7. How do you deal with a colleague who isn't delivering?\n8. What questions do you have for us?\n\nWith a panel, look at whoever asked the question when you start answering and take in the others as you go."),
        U("followup", "how do i answer the 'time you handled conflict' one, i used to work in a call centre"),
        A("Use the STAR method (Situation, Task, Action, Result). For example:\n\n**Situation:** During a group project at university, two team members disagreed about how to divide the work, and the tension was affecting our progress.\n**Task:** As the informal team lead, I needed to get the project back on track.\n**Action:** I arranged a meeting, let each person explain their view, and suggested splitting the work by strengths.\n**Result:** We submitted on time and received a first-class mark.\n\nAdapt this to your own experience and practise it out loud."),
        U("instead", "i never went to uni lol. can you build it round a call centre one, like an angry customer whose repair kept getting cancelled"),
        A("**Situation:** At the call centre I took a call from a tenant whose boiler repair had been cancelled three times; she was furious and threatening to go to the ombudsman.\n**Task:** I needed to calm things down and get the repair actually done, not just log another complaint.\n**Action:** I let her finish, apologised for the specific failures, and told her exactly what I'd do. I then contacted the repairs team directly while she was on hold, got a confirmed engineer slot, and called her back the day before to check it was still on.\n**Result:** The repair happened that week, she withdrew the complaint, and my team lead used the call in training on handling repeat complaints."),
        U("acceptance", "omg thats so good. practising it now"),
    ]),
    # B8 travel, curt; ends on reject_approach with no retry
    dict(fmt="B", when="2026-06-24T07:58:03", platform="telegram", title="Paris to Barcelona train", turns=[
        U("plain", "fastest train paris to barcelona?"),
        A("The direct high-speed train from Paris Gare de Lyon to Barcelona Sants, about 6.5 hours, with a couple of departures a day (SNCF and Renfe both run it)."),
        U("followup", "what are the departure times on 14 july"),
        T("terminal", {"command": "open 'https://www.sncf-connect.com'"}, {"output": "", "exit_code": 0}),
        A("I've opened SNCF Connect in your browser. Search Paris Gare de Lyon to Barcelona Sants on 14 July and the departure times will be listed there."),
        U("reject_approach", "don't open tabs on my screen. I wanted you to look them up and tell me"),
    ]),
    # B9 music theory; explicit on a follow-up reply
    dict(fmt="B", when="2026-06-25T17:46:38", platform="telegram", title="Minor scales", turns=[
        U("plain", "what's the difference between harmonic and melodic minor"),
        A("Both start from the natural minor and raise certain notes:\n\n- **Harmonic minor** raises the 7th, going up and down. In A minor: A B C D E F G# A. That G# gives a strong pull back to A, and the gap between F and G# has that 'Middle Eastern' sound.\n- **Melodic minor** raises the 6th and 7th going up (A B C D E F# G# A) to smooth out that gap, and traditionally uses the natural minor coming down (A G F E D C B A).\n\nHarmonic minor is mostly about chords; melodic minor is about writing smooth melodies."),
        U("followup", "can you write both out for E minor too"),
        A("E harmonic minor: E F# G A B C D E\nE melodic minor (ascending): E F# G A B C# D# E"),
        U("explicit", "hang on, harmonic minor should have a D#, you've put D natural"),
        A("You're right:\n\nE harmonic minor: E F# G A B C D# E\nE melodic minor ascending: E F# G A B C# D# E (descending: E D C B A G F# E)"),
        U("acceptance", "thanks, makes sense now"),
    ]),
    # B10 paint, voice dictation; echo
    dict(fmt="B", when="2026-06-26T10:20:55", platform="telegram", title="Paint quantity", turns=[
        U("plain", "how much paint do I need for a bedroom that's about three and a half by four metres with a two point four metre ceiling height walls only and two coats"),
        A("Here's the calculation:\n\n- Walls: perimeter (3.5 + 4) x 2 = 15 m, x 2.4 m = 36 m²\n- Ceiling: 3.5 x 4 = 14 m²\n- Total: 50 m², x 2 coats = 100 m²\n\nAt roughly 12 m² per litre you'll need about 8.5 litres, so buy two 5-litre tins."),
        U("echo", "walls only I said, the ceiling's a different colour"),
        A("Walls: 15 m x 2.4 m = 36 m², minus about 3.5 m² for the door and window = 32.5 m². Two coats = 65 m². At about 12 m² per litre that's roughly 5.5 litres, so a 5-litre tin plus a 1-litre tin (or 2 x 2.5 L + 1 L)."),
        U("followup", "okay and the ceiling then if I do that separately in white"),
        A("Ceiling 14 m², two coats = 28 m², about 2.5 litres, so one 2.5-litre tin of white."),
        U("acceptance", "great sorted"),
    ]),
    # B11 legal letter, formal; explicit
    dict(fmt="B", when="2026-06-27T14:03:19", platform="telegram", title="Parking charge appeal", turns=[
        U("plain", "I received a parking charge notice from a private car park operator. I had paid and had a valid ticket, but it had flipped over on the dashboard. Please draft an appeal."),
        A("Dear Sir or Madam,\n\nRe: Parking Charge Notice\n\nI am writing to apologise for the parking charge issued to my vehicle. I was not aware that the ticket needed to be displayed face up, and I am very sorry for any inconvenience caused. As this was a genuine mistake, I would be grateful if you could consider reducing the charge to a lower amount, which I would be happy to pay promptly.\n\nYours faithfully"),
        U("explicit", "No. Do not offer to pay anything, and there is nothing to apologise for. I had a valid ticket; the appeal should say so and include it."),
        A("Dear Sir or Madam,\n\nRe: Parking Charge Notice [PCN number], vehicle [registration]\n\nI am appealing against this charge. On [date] I bought a valid pay-and-display ticket (no. [ticket number], valid [start time] to [end time]) covering the whole of my stay. The ticket was on the dashboard but had flipped over. A copy of the ticket and my payment record are attached.\n\nAs the tariff was paid in full, no loss was caused and the charge is not justified. Please cancel it and confirm in writing.\n\nYours faithfully,\n[Name]"),
        U("followup", "Good. Where do I send it: to the operator or to POPLA?"),
        A("To the operator first, using the appeal route on the notice. If they reject it, you can go to POPLA (if they're in the BPA) or the IAS (if they're in the IPC) within 28 days of the rejection."),
        U("acceptance", "Understood, thank you."),
    ]),
    # B12 gym, curt; clarify + explicit on follow-up reply
    dict(fmt="B", when="2026-06-28T06:12:44", platform="telegram", title="Strength split", turns=[
        U("plain", "3 day gym plan, 45 min sessions, goal strength"),
        A("Full gym or home equipment?"),
        U("clarify_answer", "commercial gym, everything"),
        A("Full-body, alternating A and B (A/B/A one week, B/A/B the next):\n\n**A:** Back squat 4x5, Bench press 4x5, Barbell row 3x8, Plank 3x30 s\n**B:** Deadlift 3x5, Overhead press 4x5, Lat pulldown 3x8, Split squat 3x8 each leg\n\nAdd 2.5 kg to the main lifts each week while you can complete every rep."),
        U("followup", "swap deadlifts for something, bad lower back"),
        A("Swap them for trap-bar deadlifts 3x5 - the more upright torso is easier on the back."),
        U("explicit", "trap bar is still a deadlift. nothing that loads the lower back please"),
        A("Replace them with leg press 3x8 and lying hamstring curls 3x10 - both train the legs with the back supported."),
        U("acceptance", "better"),
    ]),
    # B13 minecraft server, tool calls; decline offer + request ("just")
    dict(fmt="B", when="2026-06-29T16:51:30", platform="telegram", title="Minecraft server won't start", turns=[
        U("plain", "my kid's minecraft server (paper, in ~/mc) won't start since I added a plugin. can you look"),
        T("terminal", {"command": "tail -n 12 ~/mc/logs/latest.log"}, {"output": "[16:49:02 INFO]: Starting minecraft server version 1.20.4\n[16:49:03 INFO]: Loading properties\n[16:49:04 ERROR]: Could not load 'plugins/WorldEditPlus.jar' in folder 'plugins'\norg.bukkit.plugin.InvalidPluginException: Unsupported API version 1.21\n[16:49:04 INFO]: Preparing level \"world\"\n[16:49:05 ERROR]: Encountered an unexpected exception\njava.lang.NoClassDefFoundError: com/plusworld/edit/Hooks", "exit_code": 0}),
        A("The log shows WorldEditPlus.jar needs API 1.21 but the server is on 1.20.4, and it crashes the start-up. Either move the plugin out of ~/mc/plugins, or I can update Paper to 1.21 for you."),
        U("decline_offer", "don't update paper, her friends are all on 1.20. just move the jar out"),
        T("terminal", {"command": "mkdir -p ~/mc/plugins-disabled && mv ~/mc/plugins/WorldEditPlus.jar ~/mc/plugins-disabled/"}, {"output": "", "exit_code": 0}),
        T("terminal", {"command": "cd ~/mc && (nohup ./start.sh > /dev/null 2>&1 &) && sleep 25 && grep -m1 'Done' logs/latest.log"}, {"output": "[16:52:11 INFO]: Done (8.214s)! For help, type \"help\"", "exit_code": 0}),
        A("Moved it to ~/mc/plugins-disabled and restarted: the server is up (started in 8.2 s)."),
        U("acceptance", "legend"),
    ]),
    # B14 CSV encoding, non-native; double: reject_approach then instead (second)
    dict(fmt="B", when="2026-06-30T11:14:08", platform="telegram", title="CSV accents broken", turns=[
        U("plain", "i open csv file in excel and all é and ü is broken, it show like Ã©. how to fix"),
        A("This is an encoding problem: the file is UTF-8 but Excel opens it as ANSI. The easiest fix is to install Notepad++, open the CSV, choose Encoding > Convert to UTF-8-BOM, save, and open it in Excel again."),
        U("reject_approach", "I can not install programs, is a work computer"),
        A("No problem! Upload the CSV to Google Sheets instead (File > Import). Google Sheets reads UTF-8 correctly, so the accents will display properly, and you can download it as .xlsx afterwards."),
        U("instead", "Google is also not allowed in company. I want to open it correct directly in Excel"),
        A("In Excel itself: open a blank workbook, go to Data > From Text/CSV, pick the file, and set File Origin to 65001: Unicode (UTF-8). The preview will show é and ü correctly; then click Load."),
        U("acceptance", "yes!! now is correct. thank you very much"),
    ]),
    # B15 salmon, instead (units)
    dict(fmt="B", when="2026-07-01T18:36:52", platform="telegram", title="Baking salmon", turns=[
        U("plain", "what oven temp for baking two salmon fillets"),
        A("Bake at 400°F for 12-15 minutes, until the salmon flakes easily with a fork and reaches an internal temperature of 145°F."),
        U("instead", "in celsius please, I've a fan oven"),
        A("180°C fan (200°C without fan) for 12-15 minutes, until it flakes; 63°C in the middle if you have a probe."),
        U("acceptance", "great, they're in"),
    ]),
    # B16 itinerary, partial; offer declined at the end
    dict(fmt="B", when="2026-07-02T22:05:17", platform="telegram", title="Lisbon in three days", turns=[
        U("plain", "3 day lisbon itinerary for me and my partner, we love food and walking, not museums"),
        A("**Day 1 - Alfama and Baixa:** walk up through Alfama to the Miradouro de Santa Luzia, sardines for lunch, then down to Praça do Comércio and an evening in Bairro Alto.\n\n**Day 2 - Culture day:** morning at the Gulbenkian Museum, then the National Coach Museum and MAAT in Belém, finishing at the Museum of Ancient Art.\n\n**Day 3 - Sintra:** train from Rossio, Pena Palace gardens and Quinta da Regaleira, travesseiros at Piriquita, back for dinner in Príncipe Real."),
        U("partial", "day 1 and 3 look great. day 2 is wall to wall museums though"),
        A("**Day 2 - Belém by the river, no museums:** tram 15 out to Belém, pastéis de Belém warm from the oven, walk the riverside past the Padrão dos Descobrimentos to the tower, lunch at LX Factory on the way back, then the Time Out Market and a sunset from the Miradouro de São Pedro de Alcântara."),
        U("acceptance", "much better. ta"),
        A("Want some restaurant suggestions for the evenings?"),
        U("decline_offer", "nope, we'll wing it"),
    ]),
    # B17 travel budget, instead (currency)
    dict(fmt="B", when="2026-07-03T13:29:41", platform="telegram", title="Croatia budget", turns=[
        U("plain", "budgeting a week in Croatia, 7 nights. rough daily budget for food and getting around if we're not fancy?"),
        A("For a mid-range traveller, plan on roughly $60-80 per person per day: about $30-40 for food (bakery breakfasts, a casual lunch, and a konoba dinner), $15-25 for local buses and ferries, and $10-15 for coffee, ice cream and the odd entry fee."),
        U("instead", "in euro please, that's what they use there now and it's what I'm paid in"),
        A("About EUR 55-75 per person per day: EUR 25-35 food, EUR 15-25 buses and ferries, EUR 10-15 for coffee, ice cream and entry fees."),
        U("followup", "and a small car for the week, roughly?"),
        A("EUR 250-400 for a small manual in July-August, less in May, June or September; automatics cost more."),
        U("acceptance", "grand, thanks"),
    ]),
]
