"""Hand-written sessions for format E (fresh5, author F); the turn tuples of sessions_ab.py, plus two E-only event kinds:
  ("decision", decision, rationale)
  ("error", error, context)
which are written as E `decision` / `error` lines.
"""

from sessions_ab import A, T, U


def DEC(decision, rationale):
    return ("decision", decision, rationale)


def ERR(error, context):
    return ("error", error, context)


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
