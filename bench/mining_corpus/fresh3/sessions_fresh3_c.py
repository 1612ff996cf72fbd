"""Hand-written sessions of the `fresh3` corpus, format C: `hermes sessions export` JSONL, 2-4 whole sessions per line-file (data only; see sessions_fresh3.py)."""


# ===========================================================================
# C: `hermes sessions export` JSONL, 2-4 whole sessions per line-file
# ===========================================================================

def format_c(add, S, U, A):
    add("C", "hermes_export_2026-08-18.jsonl", [
        S("Dovetail angles",
          U("what angle for dovetails in hardwood?", "plain"),
          A("1:8 is the usual ratio for hardwood, which is about 7 degrees."),
          U("thanks, and softwood?", "followup"),
          A("1:6 for softwood, about 9.5 degrees. The steeper angle bites better into the softer fibres."),
          U("spot on", "acceptance")),
        S("Bigger text on the phone",
          U("How do I make the writing bigger on my phone? It's a Samsung.", "plain"),
          A("Go to Settings > Display & Brightness > Text Size, then drag the slider to the right. If you want "
            "it even bigger, go to Settings > Accessibility > Display & Text Size > Larger Text."),
          U("There's no 'Display & Brightness' on mine. It's a Samsung, dear.", "echo"),
          A("Sorry, those were iPhone steps. On a Samsung:\n\n1. Open Settings (the grey cog).\n2. Tap "
            "Display.\n3. Tap Font size and style.\n4. Drag the Font size slider to the right.\n\nYou can also "
            "make everything bigger, icons included, under Display > Screen zoom."),
          U("Found it! I've put it up two notches. Oh, that's much kinder on my eyes.", "acceptance")),
        S("Roast chicken timing",
          U("how long do i cook a 1.6kg chicken", "plain"),
          A("At 190°C (170°C fan), allow 20 minutes per 500g plus 20 minutes: about 1 hour 25 minutes for "
            "1.6kg. Check the juices run clear at the thickest part of the thigh, then rest it for 15 minutes."),
          U("perfect ta", "acceptance"),
          A("Enjoy your roast!"),
          U("oh it's 1.8 actually, I read the label wrong 🙈", "plain"),
          A("For 1.8kg, about 1 hour 32 minutes at the same temperature, then the 15-minute rest."),
          U("👍", "acceptance")),
        S("Lightener mixing ratio",
          U("whats the mixing ratio for blondor for foil highlights", "plain"),
          A("Which Blondor are you using (the Multi Blonde powder or the Freelights), and what strength of "
            "developer?"),
          U("multi blonde powder, 6%", "clarify_answer"),
          A("Wella's guide for Blondor Multi Blonde powder is 1 part powder to 1.5 parts Welloxon Perfect "
            "developer, so 30g powder to 45ml of 6%. Check the leaflet in your tub, as ratios can change between "
            "product versions."),
          U("and how long max on foils", "followup"),
          A("Up to 50 minutes for foils, checking every 10 minutes or so. Don't add heat with Multi Blonde."),
          U("ta babe", "acceptance")),
    ])

    add("C", "hermes_export_2026-08-20.jsonl", [
        S("Wedding gig invoice",
          U("write me an invoice for a wedding gig. 3 hours playing, £450, paid by bank transfer, client Mr & "
            "Mrs Okafor, date of the wedding 12 Sep", "plain"),
          A("Here's an invoice template you can open in a browser:\n\n```html\n<html>\n<body style=\"font-family: "
            "sans-serif\">\n  <h1>INVOICE</h1>\n  <p>To: Mr & Mrs Okafor</p>\n  <table>\n    <tr><td>Wedding "
            "performance, 12 September 2026 (3 hours)</td><td>£450.00</td></tr>\n  </table>\n  <p>Payment by "
            "bank transfer</p>\n</body>\n</html>\n```"),
          U("i don't need code 😅 i just want the text so i can paste it in a word doc", "reject_approach"),
          A("INVOICE\n\nInvoice no: 2026-014\nDate: 13 September 2026\n\nFrom: Ines Moreira\nTo: Mr & Mrs "
            "Okafor\n\nDescription: Live music for wedding reception, 12 September 2026 (3 hours)\nAmount: "
            "£450.00\n\nTotal due: £450.00\n\nPayment by bank transfer within 14 days to:\nName: Ines Moreira\n"
            "Sort code: [xx-xx-xx]\nAccount no: [xxxxxxxx]\nReference: OKAFOR"),
          U("perfect. is it weird to put 'thank you for having me' at the bottom?", "followup"),
          A("Not weird at all. For a wedding it's a warm touch. Something like \"Thank you for having me play at "
            "your wedding, it was a joy\" works well."),
          U("cool adding it", "acceptance")),
        S("Loyalty card name",
          U("what's a good name for a loyalty card for a hardware shop. the shop's called Hamid's Hardware",
            "plain"),
          A("Some ideas:\n\n1. Hamid's Regulars\n2. The Toolbox Card\n3. Nuts & Bolts Club\n4. Handy Points\n"
            "5. The Fix-It Card"),
          U("the nuts & bolts one made me laugh, going with that", "acceptance"),
          A("Good choice, it's memorable."),
          U("now write the small print. stamp card, 10 stamps = £5 off, one stamp per £10 spent, no cash value",
            "new_task"),
          A("Nuts & Bolts Club: terms\nOne stamp for every £10 spent in a single transaction. Collect 10 stamps "
            "for £5 off your next purchase. Cards have no cash value and cannot be exchanged for cash. One card "
            "per customer. Lost cards cannot be replaced. Hamid's Hardware may change or end the scheme at any "
            "time."),
          U("sorted, thanks", "acceptance")),
        S("Case citation",
          U("Put this in OSCOLA please: Donoghue v Stevenson, 1932, Appeal Cases page 562, House of Lords",
            "plain"),
          A("Donoghue v. Stevenson, [1932] A.C. 562 (H.L.)"),
          U("That's the American style with all the full stops. OSCOLA doesn't use them.", "explicit"),
          A("Donoghue v Stevenson [1932] AC 562 (HL)"),
          U("Yes. Thanks.", "acceptance")),
        S("Christmas cake ingredients",
          U("Could you list the ingredients for a traditional Christmas cake? Only the ingredients, I'll follow "
            "the method from my mother's old recipe card.", "plain"),
          A("Traditional Christmas Cake (20cm round tin)\n\nIngredients: 1kg mixed dried fruit, 100ml brandy, "
            "250g butter, 200g dark muscovado sugar, 4 eggs, 1 tbsp black treacle, 250g plain flour, 1 tsp mixed "
            "spice, 100g glacé cherries, zest of 1 orange.\n\nMethod:\n1. The night before, soak the fruit in the "
            "brandy.\n2. Heat the oven to 150°C (130°C fan) and double-line the tin.\n3. Cream the butter and "
            "sugar, then beat in the eggs one at a time with the treacle.\n4. Fold in the flour and spice, then "
            "the fruit, cherries and zest.\n5. Bake for about 4 hours, until a skewer comes out clean.\n6. Cool "
            "in the tin, then feed with brandy every fortnight until Christmas."),
          U("Just the ingredients, dear, as a list I can take to the shop. The method I have.", "repeat_narrow"),
          A("- 1kg mixed dried fruit\n- 100g glacé cherries\n- 100ml brandy (plus extra for feeding)\n- 250g "
            "butter\n- 200g dark muscovado sugar\n- 4 eggs\n- 1 tbsp black treacle\n- 250g plain flour\n- 1 tsp "
            "mixed spice\n- 1 orange (for the zest)"),
          U("Ah, I'd forgotten the black treacle, there isn't any in the cupboard. Thank you.", "acceptance")),
    ])

    add("C", "hermes_export_2026-08-23.jsonl", [
        S("Night shift snacks",
          U("give me 3 meal prep ideas i can eat at 3am on shift. no microwave on our ward (it broke in june and "
            "estates are 'looking into it' 🙄)", "plain"),
          A("1. **Chicken curry and rice**: batch cook on Sunday, portion into tubs, reheat for 2 minutes.\n2. "
            "**Veggie chilli**: freezes well; take it in frozen and it'll be thawed by 3am, then heat through.\n"
            "3. **Homemade soup in a flask-safe tub**: warm it up when you're ready to eat."),
          U("all 3 of these need heating up. no microwave!!", "echo"),
          A("Sorry, here are three that are good cold:\n\n1. **Big pasta salad** with chicken, pesto, "
            "tomatoes and mozzarella\n2. **Loaded grain bowl**: rice, black beans, sweetcorn, avocado, cheese, "
            "salsa\n3. **Cold noodle salad** with peanut-free satay-style dressing and crunchy veg"),
          U("ok cold is good but a massive pasta salad at 3am sits in my stomach like a brick. lighter stuff",
            "partial"),
          A("Lighter ideas that don't need heating:\n\n1. **Greek yoghurt pot** with berries and a spoon of "
            "oats\n2. **Hummus, pitta and veg sticks** (carrot, pepper, cucumber)\n3. **Two boiled eggs with "
            "oatcakes** and an apple"),
          U("yes that's more like it. the eggs one is genius, i can boil a batch on sunday", "acceptance")),
        S("Affect or effect",
          U("What is the difference between \"affect\" and \"effect\"? I always mix them.", "plain"),
          A("Usually \"affect\" is a verb (to change something) and \"effect\" is a noun (the result of a "
            "change).\n\n- The weather affects my mood.\n- The weather has an effect on my mood.\n\nA trick: "
            "Affect = Action (verb), Effect = End result (noun)."),
          U("Can you give me one sentence with both?", "followup"),
          A("\"The rain affected the match, but it had no effect on the fans' mood.\""),
          U("Good, I will remember the A = action.", "acceptance")),
        S("Christmas stock order date",
          U("ordering christmas stock. supplier wants orders 10 weeks before delivery. if I want it in by 1 "
            "december when do I order?", "plain"),
          A("By Tuesday 22 September 2026."),
          U("ok and if its 12 weeks for the hampers?", "followup"),
          A("Tuesday 8 September 2026 for the hampers."),
          U("yikes that's basically now. thanks", "acceptance")),
        S("Five-minute vocal warm-up",
          U("what's a good vocal warm up before a gig? i do backing vocals in a covers band", "plain"),
          A("A full warm-up routine (about 20 minutes):\n\n1. Body: shoulder rolls, neck stretches, jaw massage "
            "(3 min)\n2. Breath: 4-in, 8-out breathing, then hissing on one breath (4 min)\n3. Lip trills up and "
            "down your range (3 min)\n4. Humming on \"ng\" slides (3 min)\n5. Five-note scales on \"mee-may-mah\" "
            "(4 min)\n6. Sing through the trickiest harmony line from the set (3 min)"),
          U("i get about five minutes in the pub toilets before we go on 😂 whats the five minute version",
            "repeat_narrow"),
          A("Five minutes, toilets-friendly:\n\n1. Shoulder rolls and a big yawn (30 sec)\n2. Lip trills, low to "
            "high and back, 5 times (1 min)\n3. Hum \"ng\" sirens up and down (1 min)\n4. \"mee-may-mah\" on a "
            "five-note scale, moving up a semitone each time (1.5 min)\n5. Hum the first line of your hardest "
            "harmony (1 min)"),
          U("the lip trills will get me some looks but fine 😂 thanks!", "acceptance")),
    ])

    add("C", "hermes_export_2026-08-26.jsonl", [
        S("Party activities for an 11 year old",
          U("birthday party at home for my son's 11th, 8 kids, 2 hours. activity ideas?", "plain"),
          A("Fun party games:\n\n- Pass the parcel with a sweet in every layer\n- Musical statues\n- Pin the tail "
            "on the donkey\n- A treasure hunt with picture clues\n- Face painting\n- Bubble station in the "
            "garden"),
          U("he's turning 11 not 5 😂 pass the parcel would get me disowned", "explicit"),
          A("Fair! For 11-year-olds:\n\n- **Escape room in a box**: a printable kit, teams race to solve it "
            "(45 min)\n- **Make-your-own pizza**: bases, sauce, toppings, everyone builds their own (30 min)\n- "
            "**Nerf or water-fight battle** in the garden, weather permitting\n- **Video game tournament** with a "
            "bracket on the fridge\n- **Film and popcorn** to wind down at the end"),
          U("the escape room idea 👌 where do I get one", "followup"),
          A("Search for \"printable escape room for kids\" on Etsy; there are plenty for ages 9–12 for about "
            "£5–£10. You print them at home, and they come with the puzzles, a story and an answer sheet."),
          U("thank you!!", "acceptance")),
        S("Inches to millimetres",
          U("3/4 inch in mm", "plain"),
          A("19.05 mm."),
          U("ta. and 5/8? and 1 1/4? whole mm is fine, i'm going by a tape measure", "followup"),
          A("5/8 inch ≈ 16 mm\n1 1/4 inch ≈ 32 mm"),
          U("cheers", "acceptance")),
        S("Opening and closing a letter to a firm",
          U("Letter to the other side's solicitors, Baxter Reid LLP, no named individual. How do I open and "
            "close it?", "plain"),
          A("Open with \"Dear Sirs\" and close with \"Yours faithfully\"."),
          U("We stopped using Dear Sirs years ago. Our house style is to address the firm by name. So what would "
            "that look like?", "instead"),
          A("\"Dear Baxter Reid LLP\" to open, and \"Yours faithfully\" to close, since you aren't writing to a "
            "named person."),
          U("Right, that's what Janet said as well. Thanks.", "acceptance")),
        S("Reply to a one-star review",
          U("write a reply to a one star google review. the customer says we were rude when we refused to sell "
            "him cigarettes without ID. keep it professional", "plain"),
          A("Hi there, we're so sorry to hear about your experience. That's not the level of service we want "
            "any customer to receive, and we've passed your comments on to our team. We'll be reviewing our "
            "staff training to make sure everyone feels welcome. We hope you'll give us another chance! — "
            "Priya, Patel's Convenience Store"),
          U("I'm not apologising for following the law!! My staff did exactly the right thing and I'm not going "
            "to 'review their training' in public. Polite, yes, but it has to back them up.", "reject_approach"),
          A("Thank you for your feedback. By law we must ask for ID from anyone who looks under 25 before "
            "selling tobacco, and our staff will always do this politely but firmly. We're sorry you felt "
            "unhappy with the conversation, and you're very welcome back with ID any time. — Priya, Patel's "
            "Convenience Store"),
          U("Yes. That's the tone. Posted.", "acceptance")),
    ])

    add("C", "hermes_export_2026-08-29.jsonl", [
        S("Scaling a sponge recipe",
          U("My Victoria sponge is for two 8 inch tins: 200g butter, 200g caster sugar, 4 eggs, 200g self-raising "
            "flour. I want to make it in two 10 inch tins for the WI fete. How much of everything?", "plain"),
          A("10 ÷ 8 = 1.25, so multiply everything by 1.25:\n\n- 250g butter\n- 250g caster sugar\n- 5 eggs\n- "
            "250g self-raising flour"),
          U("Are you sure? I always thought it went by the area of the tin, not the width. A quarter more seems "
            "rather mean for a tin that size.", "explicit"),
          A("You're quite right, it goes by area. A 10 inch tin has (10 ÷ 8)² ≈ 1.56 times the area of an 8 "
            "inch one, so scale by about 1.5:\n\n- 300g butter\n- 300g caster sugar\n- 6 eggs\n- 300g "
            "self-raising flour\n\nThe sponges will be about the same depth as usual; give them 5–10 minutes "
            "longer and test with a skewer."),
          U("That's what I'd have guessed. Thank you, the WI will be pleased.", "acceptance")),
        S("7 or maj7",
          U("quick one. difference between a 7 and a maj7 chord", "plain"),
          A("Both add a 7th to a major triad. A **7** (dominant 7th, e.g. C7) adds the flattened 7th (C E G Bb) "
            "and sounds bluesy, wanting to resolve. A **maj7** (Cmaj7) adds the major 7th (C E G B) and sounds "
            "dreamy and settled."),
          U("got it, thanks!", "acceptance")),
        S("Key cutting sign",
          U("Write a sign: customers must ask staff to use the key cutting machine, do not use it yourself. "
            "Polite but firm.", "plain"),
          A("Dear Customers,\n\nFor your safety and to protect our equipment, we kindly ask that you do not "
            "operate the key cutting machine yourself. Our trained staff will be happy to cut your keys for you "
            "— simply ask at the counter and we'll have you sorted in a few minutes.\n\nThank you for your "
            "understanding and cooperation.\n\nHamid's Hardware"),
          U("good wording but it's going on a little laminated card about the size of a postcard, stuck to the "
            "machine. needs to be way shorter", "partial"),
          A("STAFF USE ONLY\nDO NOT TOUCH THIS MACHINE.\nASK AT THE COUNTER."),
          U("shorter yes but now it sounds like I'm going to shout at them. half my customers are pensioners, "
            "the polite bit needs to stay", "echo"),
          A("Please ask at the counter\nand we'll cut your key for you.\nStaff use only — thank you!"),
          U("That'll do nicely", "acceptance")),
        S("Tracker mortgage",
          U("explain in simple terms what a tracker mortgage is. our fixed rate ends in january", "plain"),
          A("A tracker mortgage's interest rate follows the Bank of England base rate plus a set amount. If "
            "it's \"base + 1%\" and the base rate is 4%, you pay 5%. When the base rate goes up or down, your "
            "monthly payment goes up or down with it, usually from the next month."),
          U("is it riskier than fixing again?", "followup"),
          A("It's less predictable. If rates fall you benefit straight away; if they rise, your payments rise "
            "too, with no cap. A fix costs you a bit of certainty premium but you know your payment for 2 or 5 "
            "years. If a rise of £100 or so a month would really hurt, fixing is the safer choice. A broker can "
            "compare both for free."),
          U("ok that makes sense, we'll probably fix then. thanks", "acceptance")),
    ])

    add("C", "hermes_export_2026-09-01.jsonl", [
        S("An idiom a day",
          U("Please explain the phrase \"on the fence\".", "plain"),
          A("\"To be on the fence\" means you can't decide between two choices: \"I'm still on the fence about "
            "which university to choose.\" Imagine sitting on a fence between two gardens, not in either one. "
            "Would you like a few more idioms about making decisions?"),
          U("No, thank you, one idiom per day is enough for my brain 😅", "decline_offer"),
          A("Very sensible! See you for tomorrow's idiom.")),
        S("Note to school",
          U("can you write a note to school. my son Oscar (class 4B) will be picked up at 1pm on Friday for the "
            "dentist, his grandad will collect him", "plain"),
          A("Dear Mrs Adeyemi,\n\nPlease excuse Oscar (4B) from school on Friday, as he has a dentist "
            "appointment. He will be absent for the whole day.\n\nKind regards,\nCarla Bianchi"),
          U("he's not off all day! just leaving at 1", "explicit"),
          A("Dear Mrs Adeyemi,\n\nOscar (4B) has a dentist appointment on Friday afternoon, so I will collect him "
            "from the school office at 1pm. He will be back in school as normal on Monday.\n\nKind regards,\n"
            "Carla Bianchi"),
          U("closer but it's his GRANDAD collecting, not me. they won't let him go with him otherwise",
            "partial")),
        S("Paid hours on a night",
          U("how many hours between 19:30 and 08:00", "plain"),
          A("12 and a half hours."),
          U("and if i get a 1hr unpaid break", "followup"),
          A("11.5 paid hours."),
          U("ta", "acceptance")),
        S("Mitre on skirting",
          U("how do I cut a 45 mitre on 70mm skirting without a mitre saw", "plain"),
          A("Use a circular saw with the base tilted to 45 degrees: clamp a speed square against the board as a "
            "fence, run the saw along it, and cut slightly long so you can trim. A jigsaw with a bevelling base "
            "works too, though the cut will be rougher."),
          U("no power tools for this one, it's in the living room and the kids are asleep upstairs. handsaw "
            "only", "reject_approach"),
          A("Then a mitre box and a tenon saw (or any fine-toothed handsaw):\n\n1. Mark the long point of the "
            "mitre on the top edge of the skirting.\n2. Put the skirting in the box standing up, back against the "
            "far wall of the box, as it sits on the wall.\n3. Cut in the 45° slots with light strokes, letting the "
            "saw do the work.\n4. Clean up with a block plane or sanding block and test the fit before fixing."),
          U("there's a mitre box somewhere in the shed actually, my dad's old one. perfect", "acceptance")),
    ])

    add("C", "hermes_export_2026-09-03.jsonl", [
        S("Flattening a cupped board",
          U("how do I flatten a wide cupped board, about 250 wide oak. no jointer or planer thicknesser", "plain"),
          A("The easiest way without a jointer is a router sled: build a flat frame with two rails either side of "
            "the board, mount your router on a sliding carriage, and pass it back and forth across the board with "
            "a wide surfacing bit. Shim the board so it doesn't rock, flatten one face, flip and repeat."),
          U("I haven't got a router either. Hand tools only in my shed, planes, saws, chisels.",
            "reject_approach"),
          A("Then it's the classic hand-plane route:\n\n1. Put the board cupped side down (hollow face down) so it "
            "doesn't rock, or wedge it.\n2. Use winding sticks across each end to see the twist.\n3. Take the high "
            "spots down across the grain with a scrub or jack plane set coarse.\n4. Work diagonally in both "
            "directions with the jack plane to level the scrub marks.\n5. Finish along the grain with your "
            "longest plane, checking with a straight edge and the winding sticks.\n6. Gauge the thickness all "
            "round and plane the other face down to the line."),
          U("winding sticks, that's the bit I was missing. I'll make a pair from offcuts tonight", "acceptance")),
        S("Decimal hours",
          U("convert these to decimal hours for my timesheet: 1h 20m, 45m, 2h 10m, 35m", "plain"),
          A("1.20, 0.45, 2.10, 0.35, so 4.10 hours in total."),
          U("Those aren't decimal hours, you've just swapped the h for a dot. 20 minutes isn't .20 of an hour.",
            "explicit"),
          A("1h 20m = 1.33\n45m = 0.75\n2h 10m = 2.17\n35m = 0.58\n\nTotal: 4.83 hours."),
          U("Thank you. We bill in 6 minute units, so each rounded up to the next 0.1?", "followup"),
          A("1.4, 0.8, 2.2, 0.6: 5.0 hours in total."),
          U("perfect", "acceptance")),
        S("Despite of",
          U("Is this sentence correct: \"Despite of the rain, we went to the beach.\"", "plain"),
          A("Yes, that sentence is correct!"),
          U("Are you sure? My friend say \"despite of\" is wrong and we argue about it.", "explicit"),
          A("Your friend is right, I should have caught it. It's either \"Despite the rain, we went to the "
            "beach\" or \"In spite of the rain, we went to the beach\". \"Despite\" never takes \"of\"."),
          U("Haha ok, I will tell her she win 😄", "acceptance")),
        S("Dates for a chronology",
          U("Format these dates for the chronology: 3/9/26, 14/9/26, 1/10/26", "plain"),
          A("September 3, 2026\nSeptember 14, 2026\nOctober 1, 2026"),
          U("We're a UK firm, day first please and no commas. 3 September 2026 style.", "instead"),
          A("3 September 2026\n14 September 2026\n1 October 2026"),
          U("thanks. add the day of the week in brackets after each", "followup"),
          A("3 September 2026 (Thursday)\n14 September 2026 (Monday)\n1 October 2026 (Thursday)"),
          U("great", "acceptance")),
    ])
