"""Hand-written sessions of the `fresh3` corpus, format D: ShareGPT trajectories, one conversation per line (data only; see sessions_fresh3.py)."""


# ===========================================================================
# D: ShareGPT trajectories, one conversation per line
# ===========================================================================

def format_d(add, S, U, A, T):
    add("D", "trajectories_2026-09-05.jsonl", [
        S("Milk sold in August",
          U("how many bottles of milk did I sell in august? it's in ~/Shop/sales_aug.csv, the item column",
            "plain"),
          T("grep -ic milk ~/Shop/sales_aug.csv", "412"),
          A("You sold 412 milk items in August."),
          U("that'll be counting the milk chocolate and the milkshakes too. just the milk itself, the 1 pint "
            "and 2 pint bottles", "repeat_narrow"),
          T("grep -iE 'milk (1|2) ?pint' ~/Shop/sales_aug.csv | cut -d, -f3 | sort | uniq -c",
            "    117 Milk 1 pint\n    201 Milk 2 pint"),
          A("318 bottles of milk: 201 two-pint and 117 one-pint."),
          U("that sounds about right. thanks love", "acceptance")),
        S("Set list order",
          U("order these for a 45 min set so the energy builds: Valerie (3:40), Dreams (4:15), Mr Brightside "
            "(3:45), Sweet Caroline (3:20), Superstition (4:30), Use Somebody (3:50), Rolling in the Deep "
            "(3:50), Don't Stop Me Now (3:30), Hey Ya (3:55), Shut Up and Dance (3:20), Come On Eileen (4:30)",
            "plain"),
          A("1. Dreams\n2. Use Somebody\n3. Rolling in the Deep\n4. Superstition\n5. Hey Ya\n6. Valerie\n7. Shut "
            "Up and Dance\n8. Come On Eileen\n9. Sweet Caroline\n10. Don't Stop Me Now\n11. Mr Brightside\n\nThat's "
            "about 43 minutes, leaving a little room for chat between songs."),
          U("nice! can we finish on Valerie instead though, the crowd always loses it for that one", "instead"),
          A("1. Use Somebody\n2. Rolling in the Deep\n3. Superstition\n4. Hey Ya\n5. Shut Up and Dance\n6. Come On "
            "Eileen\n7. Sweet Caroline\n8. Don't Stop Me Now\n9. Mr Brightside\n10. Valerie"),
          U("valerie at the end is perfect but where's Dreams gone? it needs to be in there, it's the drummer's "
            "favourite", "partial"),
          A("1. Dreams\n2. Use Somebody\n3. Rolling in the Deep\n4. Superstition\n5. Hey Ya\n6. Shut Up and Dance\n"
            "7. Come On Eileen\n8. Sweet Caroline\n9. Don't Stop Me Now\n10. Mr Brightside\n11. Valerie\n\nAll 11 "
            "songs, about 43 minutes."),
          U("yes!! printing it for the mic stand", "acceptance")),
        S("Sunset in Whitby",
          U("What time does the sun set in Whitby on the 21st of December?", "plain"),
          A("Around 3:30pm. It's the shortest day, and Whitby is far enough north that it gets dark early."),
          U("Thank you. We'll do the abbey walk in the morning then.", "acceptance")),
        S("Leftover roast chicken",
          U("what can i make with leftover roast chicken tonight", "plain"),
          A("How much chicken is left, and what else have you got in the fridge or cupboard?"),
          U("about 2 handfuls. some peppers, wraps, cheddar, a tin of sweetcorn", "clarify_answer"),
          A("Chicken quesadillas: shred the chicken, fry a sliced pepper, then fill the wraps with chicken, "
            "pepper, sweetcorn and grated cheddar. Fold in half and dry-fry 2–3 minutes a side until golden. Cut "
            "into triangles. Feeds 4–5 with a salad."),
          U("ooh yes the kids will eat that. what do i do with the carcass?", "new_task"),
          A("Make stock: put it in a big pan with an onion, a carrot and a bay leaf, cover with water and simmer "
            "for 2–3 hours, then strain and freeze in tubs. Want a quick soup recipe to use it in?"),
          U("No, too knackered for stock tonight 😂 it's going in the bin", "decline_offer"),
          A("Fair enough, quesadillas are plenty of effort for one evening!")),
    ])

    add("D", "trajectories_2026-09-08.jsonl", [
        S("Witness statement word count",
          U("word count for ~/Cases/Hale/witness_statement_draft.docx please, not counting the statement of "
            "truth at the end", "plain"),
          T("pandoc ~/Cases/Hale/witness_statement_draft.docx -t plain | wc -w", "    2317"),
          A("The witness statement is 2,317 words."),
          U("is that with the statement of truth?", "echo"),
          T("pandoc ~/Cases/Hale/witness_statement_draft.docx -t plain | sed '/^STATEMENT OF TRUTH/,$d' | wc -w",
            "    2251"),
          A("Yes, sorry, that included it. Without the statement of truth it's 2,251 words (the statement of "
            "truth was 66)."),
          U("Great, under the 2,500 limit.", "acceptance")),
        S("Translating a sentence",
          U("translate to english please: \"Tôi rất mong được gặp thầy vào tuần sau.\"", "plain"),
          A("\"I'm really looking forward to seeing you next week.\" (Said to a male teacher.)"),
          U("Thank you. \"thầy\" is male teacher. In English should I write \"sir\"?", "followup"),
          A("Not usually. In a British university email you'd just use his name, \"Dear Dr Smith\", and "
            "\"I look forward to seeing you next week\". \"Sir\" sounds a bit old-fashioned or like secondary "
            "school."),
          U("ok I understand, thank you", "acceptance")),
        S("Glue-up clamp time",
          U("how long should I leave Titebond III clamped", "plain"),
          A("30–60 minutes in the clamps for a normal joint, longer if it's under stress or cold in the shed. "
            "Leave it 24 hours before you machine it or put weight on it."),
          U("lovely ta", "acceptance")),
        S("Chore chart",
          U("can you make a chore chart for the kids? 3 kids, 4, 7 and 11", "plain"),
          A("Weekly chores (everyone):\n\n- Make bed\n- Hoover the stairs\n- Empty the dishwasher\n- Take the "
            "bins out\n- Tidy bedroom\n- Feed the cat\n\nTick each one off on the fridge chart!"),
          U("the 4 year old can't hoover the stairs 😂 or carry the bins. split it by age, easy stuff for the "
            "little one", "instead"),
          A("**Age 4**\n- Put toys back in the box\n- Put dirty clothes in the basket\n- Feed the cat (with help)"
            "\n\n**Age 7**\n- Make bed\n- Set the table\n- Pair the socks from the washing\n\n**Age 11**\n- Empty "
            "the dishwasher\n- Hoover the stairs\n- Take the bins out on Thursday"),
          U("love it, the 11 year old will moan but tough", "acceptance"),
          A("Ha, character building!"),
          U("can you add pocket money? 50p a chore for the older two, stickers for the little one", "followup"),
          A("Add a column to the chart:\n\n- Age 4: a sticker per chore, 10 stickers = a treat of their choice\n"
            "- Age 7: 50p per chore, paid on Sunday\n- Age 11: 50p per chore, paid on Sunday\n\nIf they all do "
            "every chore daily, that's up to £10.50 a week each for the older two, so you might cap it at one "
            "payment per chore per week."),
          U("good point on the cap, I'd be skint 😅 thanks", "acceptance")),
    ])

    add("D", "trajectories_2026-09-10.jsonl", [
        S("Veggie pasta bake",
          U("can you give me a pasta bake recipe, feeds 5, vegetarian. my eldest went veggie last month and I'm "
            "still getting the hang of it", "plain"),
          A("Cheesy Veggie Pasta Bake (serves 5)\n\n- 500g penne\n- 1 courgette, 1 red pepper, 1 onion\n- 2 tins "
            "chopped tomatoes\n- 2 tsp dried oregano\n- 150g mozzarella\n- 60g parmesan, grated\n\nCook the pasta. "
            "Fry the veg, add the tomatoes and oregano, simmer 10 min. Mix with the pasta, top with mozzarella and "
            "parmesan, bake at 200°C for 20 min."),
          U("isn't parmesan made with rennet? she reads every label now 🙈", "explicit"),
          A("Good catch. Parmesan is made with animal rennet, so it isn't vegetarian. Use a vegetarian Italian-"
            "style hard cheese instead (most supermarkets sell one).\n\nCheesy Veggie Pasta Bake (serves 4)\n\n"
            "- 400g penne\n- 1 courgette, 1 red pepper, 1 onion\n- 1 tin chopped tomatoes\n- 2 tsp dried oregano"
            "\n- 125g mozzarella\n- 50g vegetarian hard cheese, grated\n\nCook the pasta. Fry the veg, add the "
            "tomatoes and oregano, simmer 10 min. Mix with the pasta, top with both cheeses, bake at 200°C for 20 "
            "min."),
          U("cheese sorted but now it says serves 4, there's five of us", "partial"),
          A("Sorry, back to five portions:\n\nCheesy Veggie Pasta Bake (serves 5)\n\n- 500g penne\n- 1 courgette, "
            "1 red pepper, 1 onion\n- 2 tins chopped tomatoes\n- 2 tsp dried oregano\n- 150g mozzarella\n- 60g "
            "vegetarian hard cheese, grated\n\nCook the pasta. Fry the veg, add the tomatoes and oregano, simmer 10 "
            "min. Mix with the pasta, top with both cheeses, bake at 200°C for 20 min. Check the mozzarella label "
            "too; most are vegetarian but not all."),
          U("thank you!! making it tonight", "acceptance")),
        S("Zero-hours contracts",
          U("explain what a zero hours contract means, my cousin's been offered one", "plain"),
          A("The employer doesn't have to offer her any set number of hours, and she doesn't have to accept the "
            "hours offered. She's paid only for the hours she works, but still gets the minimum wage, holiday pay "
            "and rest breaks."),
          U("so they could just not give her any shifts?", "followup"),
          A("Yes. In a quiet week they could offer nothing. That's the main risk, so it's worth asking how many "
            "hours people in the same role usually get each week."),
          U("right, I'll tell her to ask about average hours. thanks", "acceptance")),
        S("Backing up shop photos",
          U("back up my shop photos folder to the usb stick please", "plain"),
          T("ls /Volumes", "Macintosh HD\nSHOP_USB"),
          T("rsync -a ~/Pictures/Shop/ /Volumes/SHOP_USB/Shop_photos/ && du -sh /Volumes/SHOP_USB/Shop_photos",
            "3.4G\t/Volumes/SHOP_USB/Shop_photos"),
          A("Done. Your shop photos (3.4 GB) are copied to SHOP_USB in a folder called Shop_photos. Next time I "
            "only copy new or changed photos. Want me to set it to run automatically every night?"),
          U("No ta, I only bring the stick in on Sundays.", "decline_offer"),
          A("Ok, just ask me on Sundays and I'll run it.")),
        S("Shaky bow",
          U("how do I stop my bow shaking on long quiet notes? it happens every time I'm nervous, like in my "
            "grade 6 exam", "plain"),
          A("Many professional musicians use beta blockers such as propranolol for performance nerves; they "
            "reduce the physical symptoms like shaking without affecting your thinking. You'd need to talk to "
            "your GP about a prescription."),
          U("I'm not taking pills for a grade 6 exam 😅 practice stuff please", "reject_approach"),
          A("Things to practise:\n\n1. **Contact point**: keep the bow at the same distance from the bridge; "
            "shaking gets worse when it drifts towards the fingerboard.\n2. **Weight, not grip**: let the arm's "
            "weight sink into the string; squeezing the bow makes it tremble.\n3. **Slow bows daily**: 20 "
            "seconds per bow on open strings, pianissimo, for 5 minutes.\n4. **Breathe out** as the bow starts "
            "moving.\n5. **Mock exams**: play your pieces for family or a phone camera so nerves become "
            "familiar."),
          U("the contact point thing makes sense, my teacher keeps saying I drift towards the fingerboard",
            "acceptance")),
    ])

    add("D", "trajectories_2026-09-12.jsonl", [
        S("Festival bio",
          U("write a 2 line bio for a jazz festival programme. I play double bass, based in Leeds, 12 years on "
            "the scene, I play with the Kirkstall Quartet", "plain"),
          A("Ines Moreira is a Leeds-based double bassist whose warm, melodic playing has been a fixture of the "
            "northern jazz scene for more than a decade.\n\nFirst drawn to the instrument as a teenager, she "
            "has performed in clubs, festivals and theatres across the UK, sharing the stage with a wide range of "
            "artists and developing a reputation as one of the region's most dependable and inventive rhythm "
            "players.\n\nShe is a long-standing member of the Kirkstall Quartet, whose blend of hard bop and "
            "contemporary writing has won them a loyal following, and she also teaches privately."),
          U("2 lines 🙃", "echo"),
          A("Leeds double bassist Ines Moreira has been part of the city's jazz scene for 12 years.\nShe plays "
            "with the Kirkstall Quartet."),
          U("perfect, sent it to the organiser", "acceptance")),
        S("Audiobooks for the car",
          U("Could you recommend some audiobooks for a long car journey to Cornwall? My husband and I like "
            "detective stories but nothing too gruesome.", "plain"),
          A("Some gentle detective listens:\n\n- Agatha Christie, Murder on the Orient Express (read by Kenneth "
            "Branagh)\n- Agatha Christie, The Murder of Roger Ackroyd\n- Dorothy L. Sayers, Strong Poison\n- "
            "Alexander McCall Smith, The No. 1 Ladies' Detective Agency\n- G.K. Chesterton, The Father Brown "
            "stories"),
          U("Oh, we've done every Agatha Christie going, I should have said. Harold has them all on CD.",
            "plain"),
          A("Then, without Christie:\n\n- Richard Osman, The Thursday Murder Club\n- Dorothy L. Sayers, Strong "
            "Poison\n- Alexander McCall Smith, The No. 1 Ladies' Detective Agency\n- Elly Griffiths, The Crossing "
            "Places\n- Ann Cleeves, The Long Call (set in Devon, handy for the drive)"),
          U("We haven't tried the Thursday Murder Club, that will do nicely for the M5.", "acceptance")),
        S("Files changed this week",
          U("list the files in ~/Cases/Hale that changed this week", "plain"),
          T("find ~/Cases/Hale -type f -mtime -7 -exec basename {} \\;",
            "witness_statement_draft.docx\nchronology_v3.xlsx\nletter_to_BaxterReid_0907.docx\ndisclosure_list.pdf"),
          A("Changed in the last 7 days:\n\n- witness_statement_draft.docx\n- chronology_v3.xlsx\n- "
            "letter_to_BaxterReid_0907.docx\n- disclosure_list.pdf"),
          U("thanks. zip those into one file for counsel", "new_task"),
          T("cd ~/Cases/Hale && zip for_counsel_2026-09-12.zip witness_statement_draft.docx chronology_v3.xlsx "
            "letter_to_BaxterReid_0907.docx disclosure_list.pdf",
            "  adding: witness_statement_draft.docx (deflated 12%)\n  adding: chronology_v3.xlsx (deflated 9%)\n"
            "  adding: letter_to_BaxterReid_0907.docx (deflated 11%)\n  adding: disclosure_list.pdf (deflated 3%)"),
          A("Done: ~/Cases/Hale/for_counsel_2026-09-12.zip with all four files."),
          U("👍", "acceptance")),
    ])

    add("D", "trajectories_2026-09-15.jsonl", [
        S("Essay plan",
          U("Can you help me to plan my essay \"Should university be free?\" I want to write it myself but I need "
            "the structure.", "plain"),
          A("Should University Be Free?\n\nEducation is one of the most powerful tools a society has. In recent "
            "years, the question of whether university should be free has become a topic of heated debate. This "
            "essay will argue that, while free tuition has clear benefits, it is not the best solution.\n\nOn the "
            "one hand, free university would allow students from poorer families to study without fear of debt. "
            "In countries such as Germany, tuition is free, and participation is high.\n\nOn the other hand, "
            "someone must pay, and free tuition is funded by taxes, including from people who never attend "
            "university...\n\nIn conclusion, ..."),
          U("No please, don't write the essay for me, that is cheating and I want to learn. Only the structure, "
            "like which paragraph talks about what.", "reject_approach"),
          A("Sorry! Here's a structure only:\n\n1. **Introduction**: introduce the question, say why it matters, "
            "give your position in one sentence.\n2. **Body 1, for free university**: your strongest argument "
            "(e.g. equal chances), plus an example.\n3. **Body 2, another argument for**: (e.g. benefit to the "
            "economy), plus an example.\n4. **Body 3, against**: the main counter-argument (e.g. cost to "
            "taxpayers) and your reply to it.\n5. **Conclusion**: summarise, restate your position in new words, "
            "end with a final thought.\n\nAim for roughly 100 words for the introduction and conclusion and 150–"
            "200 per body paragraph."),
          U("This is exactly what I need. I will write it tonight.", "acceptance"),
          A("Great, good luck with it!"),
          U("Can I send it to you tomorrow to check grammar?", "followup"),
          A("Of course, send it over and I'll point out the grammar mistakes without rewriting your ideas.")),
        S("Felt tip on the sofa",
          U("how do i get felt tip out of a fabric sofa cushion. the 4 year old has been 'decorating'", "plain"),
          A("Most kids' felt tips are washable. Dab (don't rub) with a cloth and warm water with a drop of "
            "washing-up liquid, working from the outside of the mark inwards. If it's permanent marker, dab with "
            "a little rubbing alcohol or hand sanitiser on a cotton pad, test on a hidden bit first. Blot dry with "
            "a clean towel."),
          U("🙏 it worked!! mostly", "acceptance")),
        S("Sandpaper grits",
          U("what grit sequence should I use sanding an oak table top before oiling", "plain"),
          A("80 → 120 → 180 → 240 → 320 → 400, then 600 and 800 wet for a glass-smooth finish. Wipe down with a "
            "damp cloth between grits to raise the grain."),
          U("it's a kitchen table, not a guitar. i'm not going through eight grits. minimum i can get away with "
            "for oil?", "repeat_narrow"),
          A("120 then 180 is plenty for oil. Start at 80 only if there are planer marks or scratches to remove. "
            "Going finer than 180 can stop the oil soaking in properly."),
          U("180 it is then", "acceptance")),
    ])

    add("D", "trajectories_2026-09-17.jsonl", [
        S("Timber lengths for pergola posts",
          U("need five posts 2.4m long each in 44x44. the yard sells it in 3.6m lengths. how many lengths do I "
            "buy", "plain"),
          A("5 posts × 2.4m = 12m. 12 ÷ 3.6 = 3.33, so buy 4 lengths."),
          U("that doesn't work, you only get one 2.4 out of each 3.6, the offcut's 1.2. so it's five isn't it",
            "explicit"),
          A("Yes, five lengths. Each 3.6m length gives one 2.4m post and a 1.2m offcut; you can't join offcuts "
            "to make a post. The five 1.2m offcuts could make the braces or cross pieces."),
          U("cheers, offcuts for the braces is a good shout", "acceptance")),
        S("Chaser email",
          U("Draft a chaser email to Baxter Reid. They've not replied to our letter of 4 August. Polite but firm, "
            "3-4 lines.", "plain"),
          A("Dear Baxter Reid LLP,\n\nWe refer to our letter of 4 August 2026, to which we have had no response. "
            "Unless we receive a full reply within 7 days of the date of this email, we are instructed to issue "
            "proceedings without further notice, and we will seek the costs of doing so from your client.\n\n"
            "Yours faithfully"),
          U("Thanks. Bit of a day here, Janet's off so I'm covering her files as well as mine, and the printer's "
            "jammed again. On this one, that's far too heavy for a first chaser, we haven't threatened "
            "proceedings yet and the partner would go spare if that went out. Can you tone it right down?",
            "explicit"),
          A("Dear Baxter Reid LLP,\n\nWe write further to our letter of 4 August 2026, to which we do not appear "
            "to have received a reply.\n\nWe appreciate that August is a busy time of year, and that your client "
            "may need some time to consider the points raised. We would nevertheless be grateful if you could let "
            "us have your response at your earliest convenience.\n\nIf it would assist, we would be happy to "
            "discuss matters by telephone. Equally, if you are no longer instructed in this matter, please let us "
            "know so that we can write to your client directly.\n\nWe look forward to hearing from you.\n\nYours "
            "faithfully"),
          U("Tone's right now. It has to be 3 or 4 lines though, the partner hates long emails.", "partial"),
          A("Dear Baxter Reid LLP,\n\nWe write further to our letter of 4 August 2026, to which we have not had a "
            "reply. Please let us have your response within 14 days.\n\nYours faithfully"),
          U("Sent. Thanks.", "acceptance")),
        S("Complaint about bins",
          U("can you help me write a short complaint to the council about the bins", "plain"),
          A("Of course. Which council is it, which bin has been missed and for how long, and do you want it as "
            "an email or a letter?"),
          U("leeds. green bin missed 3 weeks in a row now. email", "clarify_answer"),
          A("Subject: Green bin missed three weeks running\n\nDear Leeds City Council,\n\nOur green garden waste "
            "bin at [your address] has not been collected for the last three scheduled collections. It was put "
            "out on time each week.\n\nPlease arrange a collection as soon as possible and confirm that we are "
            "still on the round.\n\nThank you,\nDele Okonkwo"),
          U("brill, thanks", "acceptance")),
    ])
