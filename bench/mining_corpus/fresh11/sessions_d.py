"""Format D sessions of the fresh11 corpus (blind author L): trajectories, 3 conversations per file."""

FORMAT_D = {
    "2026-09-17": [
        # D1 bus to the hospital appointment; echo, acceptance
        {"time": "08:30:00", "title": "Bus for the hospital appointment", "steps": [
            ("u", "plain", "Is there any bus that would get me in to the hospital in Ennis for a 10 o'clock appointment on a Wednesday? It's the outpatients, for the knee."),
            ("t", "web_search", {"query": "350 bus Ennistymon to Ennis weekday times hospital stop"},
             "Route 350 Ennistymon - Ennis. Mon-Sat Ennistymon dep: 07:10, 08:10, 09:40, 12:15, 15:30. Arr Ennis (Cahercalla / hospital stop): 07:52, 08:52, 10:22, 12:57, 16:12. Arr Ennis bus station 5 min later.", 0),
            ("a", "Yes - the 09:40 bus from Ennistymon stops near the hospital in Ennis, at Cahercalla, at 10:22. That one would suit you well, as you wouldn't be hanging around too early."),
            ("u", "echo", "For a 10 o'clock appointment, I said, pet - that one has me in at twenty past ten!"),
            ("a", "Sorry, you're right, that would make you late. Take the 08:10 from Ennistymon instead. It stops at Cahercalla, near the hospital, at 08:52, so you'll have plenty of time to find the outpatients before ten."),
            ("u", "acceptance", "Early enough, but sure I'll have a cup of tea in the canteen and read the paper."),
            ("a", "That sounds like a nice way to pass the time. Good luck with the knee."),
        ]},
        # D2 blood pressure average; reject_approach, acceptance
        {"time": "18:05:00", "title": "Average of the blood pressure", "steps": [
            ("u", "plain", "My blood pressure readings from the machine this week: Monday 142 over 88, Tuesday 138 over 85, Wednesday 145 over 90, Thursday 136 over 84, Friday 140 over 86. The nurse wants the average. Can you work it out for me?"),
            ("t", "terminal", {"command": "python3 -c \"import csv; rows=[('Mon',142,88),('Tue',138,85),('Wed',145,90),('Thu',136,84),('Fri',140,86)]; w=csv.writer(open('/Users/bridget/Documents/bp_readings.csv','w')); w.writerow(['Day','Systolic','Diastolic']); w.writerows(rows); w.writerow(['Average',sum(r[1] for r in rows)/5,sum(r[2] for r in rows)/5])\" && open -a Numbers ~/Documents/bp_readings.csv"}, "", 0),
            ("a", "I've put your readings into a spreadsheet for you, with the average worked out in the last row, and opened it in Numbers. It's saved as bp_readings.csv in your Documents folder, so you can add next week's readings to it and the nurse can see them all together."),
            ("u", "reject_approach", "Ah, I don't want a spreadsheet, Timmy, I'd never open it again. Only the numbers, so I can write them into my little book for the nurse."),
            ("a", "Of course. Your average for the week is 140 over 87 (140.2 over 86.6, to be exact)."),
            ("u", "acceptance", "140 over 87. Thanks pet, I'll give that to her on Tuesday."),
        ]},
        # D3 fuchsia hedge; repeat_narrow, acceptance
        {"time": "13:40:00", "title": "Cutting the fuchsia hedge", "steps": [
            ("u", "plain", "When should I be cutting back the fuchsia hedge? It's gone very wild along the lane."),
            ("a", "Good question! The right time to cut a hedge depends on the kind of hedge:\n\n- Evergreen hedges like griselinia, escallonia and privet: trim in late spring and again in late summer.\n- Beech and hornbeam: cut in late summer, which keeps the brown leaves on over winter.\n- Flowering hedges: cut straight after flowering, so you don't lose next year's flowers.\n- Hawthorn and blackthorn: cut in winter, but never between 1 March and 31 August, when it's illegal to cut hedgerows in Ireland because of nesting birds.\n- Conifers like leylandii: never cut back into old brown wood, as it won't regrow.\n\nAlways use sharp shears, and cut the hedge so it's a little narrower at the top than at the bottom, to let the light in."),
            ("u", "repeat_narrow", "Only the fuchsia, love."),
            ("a", "Cut the fuchsia back in early spring - in Clare, that's usually March, once the worst of the frost is over. Leave it alone over the winter, as the old growth protects it. Fuchsia flowers on the new season's growth, so you can cut it back quite hard and it'll still flower in the summer."),
            ("u", "acceptance", "March, right so. I'll leave it be till then and let the bees have it."),
            ("a", "The bees will thank you."),
            ("u", "new_task", "A different thing now: how do you get candle wax off a linen tablecloth? I had the candles lit for the anniversary dinner and there's drips all over it."),
            ("a", "Let the wax harden (a few minutes in the freezer helps), then scrape off what you can with a blunt knife. Put brown paper or kitchen paper over the mark and press it with a warm iron; the paper soaks up the wax. Move to a clean bit of paper and repeat until nothing more comes up, then wash as usual. If coloured wax leaves a stain, dab it with a little methylated spirits before washing."),
            ("u", "acceptance", "Brown paper and the iron - that was my mother's trick too, I'd forgotten it. Thanks pet."),
        ]},
    ],
    "2026-09-28": [
        # D4 letter to a cousin in Boston; instead, partial (second), followup (new detail), acceptance
        {"time": "20:45:00", "title": "Letter to a cousin in Boston", "steps": [
            ("u", "plain", "I've found a cousin in Boston, a Considine, on one of those family history forums. I'd like to write to introduce myself and ask her whether her people came from Kilshanny. Would you draft it for me?"),
            ("a", "Hey cousin!!\n\nGuess what - I think we're related!! I found your post on the forum and I just HAD to reach out. My grandmother was Mary Considine from Kilshanny, County Clare, Ireland, and I'm totally obsessed with our family history right now!\n\nDid your people come from Kilshanny?? It would be so awesome to connect. Let me know!!\n\nCheers,\nBridget"),
            ("u", "instead", "Ah no, I'd be mortified sending that. I'd like it more like a proper letter, pet - friendly, but proper."),
            ("a", "Dear Cousin,\n\nI hope you will forgive a letter out of the blue. My name is Bridget, and I am a retired teacher living in Carrowkeel, near Ennistymon in County Clare. I came across your post on the family history forum, and I believe we may be related through the Considine family.\n\nMy grandmother was Mary Considine, who married my grandfather Patrick Hehir in Kilshanny chapel on the 9th of February 1904. Her father was Michael Considine, a farmer. Patrick and Mary had three children by 1911, according to the census, and their son John, born in 1912, was my father. Patrick's own father was Michael Hehir, who is buried in Kilshanny, and his mother was Bridget, who died in 1899 at the age of eighty. The Considines were farming in the parish for several generations, and I have been working through the census returns, the civil records and the headstones in Kilshanny graveyard, where a good number of the family are buried.\n\nI have also found the 1901 census entry for the family, and I am hoping to visit the National Library in Dublin to look through the old Clare Champion newspapers for any mention of them. If your family came from Kilshanny, I would be delighted to hear what stories or records have come down on your side, and I would be very happy to share everything I have found.\n\nWith warm wishes from Clare,\nBridget"),
            ("u", "partial", "That's more the tone. But it's far too long for a first letter - I wouldn't want to overwhelm the woman with the whole family tree before she's even said hello."),
            ("a", "Dear Cousin,\n\nI hope you will forgive a letter out of the blue. My name is Bridget, and I'm a retired teacher living near Ennistymon in County Clare. I came across your post on the family history forum, and I think we may be related through the Considines.\n\nMy grandmother was Mary Considine from Kilshanny, who married Patrick Hehir there in 1904. Did your own Considines come from Kilshanny, by any chance? If they did, I would be delighted to hear from you and to share what I have found.\n\nWith warm wishes from Clare,\nBridget"),
            ("u", "followup", "Lovely. Her name is Kathleen, by the way - I forgot to say. Put that in instead of 'Dear Cousin'."),
            ("a", "Dear Kathleen,\n\nI hope you will forgive a letter out of the blue. My name is Bridget, and I'm a retired teacher living near Ennistymon in County Clare. I came across your post on the family history forum, and I think we may be related through the Considines.\n\nMy grandmother was Mary Considine from Kilshanny, who married Patrick Hehir there in 1904. Did your own Considines come from Kilshanny, by any chance? If they did, I would be delighted to hear from you and to share what I have found.\n\nWith warm wishes from Clare,\nBridget"),
            ("u", "acceptance", "Perfect. I'll send it off tonight and say a prayer she answers."),
        ]},
        # D5 card for Saoirse; clarify_answer, acceptance, decline_offer (nah)
        {"time": "17:10:00", "title": "Card for Saoirse's test", "steps": [
            ("u", "plain", "Saoirse rang to say she got an A in her history test! Could you help me write a little card to her? Something from an old history teacher to a new historian."),
            ("a", "How lovely - well done to her! What was the test on? I could work a little nod to the topic into the card."),
            ("u", "clarify_answer", "The Vikings. She knew all about Wood Quay and the longships."),
            ("a", "Dear Saoirse,\n\nAn A in history - I'm so proud of you! Any Viking would be glad to have you on the longship. From one history teacher to the historian of the family: keep asking questions, and never stop digging (like they did at Wood Quay).\n\nAll my love,\nNana xx"),
            ("u", "acceptance", "Oh, that's lovely, the bit about the longship. She'll be thrilled."),
            ("a", "I'm glad you like it. Would you like a few Viking facts to put in the card as well, for fun?"),
            ("u", "decline_offer", "Nah, she'd only correct me - she's the expert now!"),
        ]},
        # D6 new brand of thyroid tablet; repeat_narrow, acceptance
        {"time": "11:55:00", "title": "Different brand of thyroid tablet", "steps": [
            ("u", "plain", "The chemist gave me a different brand of the thyroid tablet this time, Eltroxin, instead of the usual one. Is that the same thing?"),
            ("a", "Levothyroxine is made by several manufacturers and sold under different brand names, such as Eltroxin, Euthyrox and Tirosint, as well as generic versions. All of them contain the same active ingredient, levothyroxine sodium, which is identical to the hormone thyroxine (T4) that the thyroid gland makes naturally. Regulators require different brands to be bioequivalent, but levothyroxine has what's called a narrow therapeutic index, which means small differences in how much of the drug is absorbed can sometimes matter. For this reason, some endocrinologists recommend that patients stay on a consistent brand, and some guidance suggests checking thyroid function (TSH levels) six to eight weeks after a switch. Differences in the inactive ingredients, such as lactose or dyes, can occasionally matter for people with allergies or intolerances. The tablets may also look different in colour and size even when the dose is the same."),
            ("u", "repeat_narrow", "So is it the same tablet or not, pet? Yes or no will do me."),
            ("a", "Yes - it's the same medicine, levothyroxine, at the same dose of 50. Just mention the change to Dr Murphy at your next blood test, as some people are kept on the one brand."),
            ("u", "acceptance", "Grand, I'll tell her. I didn't like the look of the new box at all."),
        ]},
    ],
    "2026-10-10": [
        # D7 thank-you for the cake sale; repeat_narrow, explicit (second), session ends (both chosen null)
        {"time": "15:20:00", "title": "Thank you for the cake sale", "steps": [
            ("u", "plain", "Could you write a short thank-you for the newsletter to everyone who helped at the cake sale last Sunday? We made €1,840 for the roof."),
            ("a", "A HEARTFELT THANK YOU\n\nOn behalf of Father Considine and the whole parish, we would like to extend our most sincere thanks to everyone who made last Sunday's cake sale such a wonderful success. To the bakers who were up early with their tarts, sponges and brown bread; to the volunteers who set up the tables, served the tea and washed up afterwards; and to everyone who came along and bought so generously - thank you.\n\nThanks to your kindness, we raised the magnificent sum of €1,840 for the new church roof. Every cent brings us closer to our goal. We couldn't do it without you, and we look forward to seeing you all at our next event!"),
            ("u", "repeat_narrow", "Shorter, pet - a few lines for the newsletter."),
            ("a", "THANK YOU\nA sincere thank you to all who baked, helped and bought at last Sunday's cake sale. We raised €1,480 for the new church roof. Your generosity is much appreciated."),
            ("u", "explicit", "You've the figure wrong now, it was 1,840, not 1,480. Never mind, I'll type it myself, it's only the few lines."),
        ]},
        # D8 one line for the library list; echo, partial (second), acceptance
        {"time": "10:30:00", "title": "One line about the society", "steps": [
            ("u", "plain", "Could you give me a one-line description of the society for the County Library's list of local groups? Something like: 'Kilshanny and District Local History Society, founded 1987, meets the second Tuesday of the month in the community centre, new members welcome.' One line."),
            ("a", "The Kilshanny and District Local History Society was founded in 1987 by a group of local people with a shared passion for the history and heritage of north Clare. The society meets on the second Tuesday of every month in the community centre, where members enjoy talks by local and visiting historians, share their own research, and organise outings to places of historical interest. New members of all ages and levels of knowledge are always very welcome, and no experience is necessary."),
            ("u", "echo", "One line, pet."),
            ("a", "Kilshanny & District Local History Society (founded 1987) meets every Tuesday in the community centre - new members welcome."),
            ("u", "partial", "That's the length I wanted. But it's the second Tuesday of the month, not every Tuesday - we'd be worn out!"),
            ("a", "Kilshanny & District Local History Society (founded 1987) meets on the second Tuesday of each month in the community centre - new members welcome."),
            ("u", "acceptance", "That'll do the library lovely. I'll send it in to them this afternoon."),
        ]},
        # D9 booking the bus; reject_approach, acceptance
        {"time": "19:40:00", "title": "Booking a seat on the Galway bus", "steps": [
            ("u", "plain", "Could you book me a seat on the Galway bus for Thursday week, the morning one?"),
            ("t", "terminal", {"command": "open 'https://buseireann.ie/booking?from=Ennistymon&to=Galway&date=2026-10-22'"}, "", 0),
            ("a", "I've opened the Bus Éireann booking page in Safari with Ennistymon to Galway on Thursday the 22nd filled in. Choose the 09:40 departure, then enter your name and your card details to pay, and it will email you the ticket."),
            ("u", "reject_approach", "Ah, close that, Timmy, I'd never put my card into the computer. I'll ring them instead. What's the number?"),
            ("t", "terminal", {"command": "osascript -e 'tell application \"Safari\" to close current tab of front window'"}, "", 0),
            ("a", "I've closed it. You can ring Bus Éireann customer care on (01) 836 6111. Tell them you have the Free Travel Pass - with the pass you may not need to pay for the seat at all."),
            ("u", "acceptance", "I have the number written down. I'll ring them in the morning when I'm fresh."),
            ("a", "Good idea. Mornings are quieter on the phone lines too."),
            ("u", "new_task", "While I think of it, when is Aoife's birthday again? I told you in the summer and it's gone out of my head."),
            ("a", "You told me Aoife's birthday is the 14th of November."),
            ("u", "acceptance", "The 14th. So the card goes in the post the week after I'm up. Good."),
        ]},
    ],
    "2026-10-24": [
        # D10 Mass times for four weekends; repeat_narrow, partial (second), acceptance
        {"time": "09:45:00", "title": "Mass times for the newsletter", "steps": [
            ("u", "plain", "Could you do the Mass times for the newsletter for the next four weekends? Saturday vigil 7pm in Kilshanny, Sunday 9am in Kilshanny and 11am in Ennistymon. Except the first weekend of November: no vigil that Saturday, because of the cemetery Mass in Kilshanny at 3 on the Sunday."),
            ("a", "Here are the Mass times. In Kilshanny parish the weekend pattern is a Saturday evening vigil Mass at 7pm in Kilshanny church, which fulfils the Sunday obligation, followed on Sunday morning by Mass at 9am in Kilshanny and at 11am in Ennistymon. This applies to each of the coming weekends: the 31st of October and 1st of November, the 7th and 8th of November, the 14th and 15th of November, and the 21st and 22nd of November. Parishioners are reminded that the vigil Mass can be busy, and to arrive in good time."),
            ("u", "repeat_narrow", "Just the times as a list, pet, weekend by weekend."),
            ("a", "Sat 31 Oct: 7pm Kilshanny\nSun 1 Nov: 9am Kilshanny, 11am Ennistymon\n\nSat 7 Nov: 7pm Kilshanny\nSun 8 Nov: 9am Kilshanny, 11am Ennistymon\n\nSat 14 Nov: 7pm Kilshanny\nSun 15 Nov: 9am Kilshanny, 11am Ennistymon\n\nSat 21 Nov: 7pm Kilshanny\nSun 22 Nov: 9am Kilshanny, 11am Ennistymon"),
            ("u", "partial", "That's the list I wanted. But the first weekend there's no vigil on the Saturday - the cemetery Mass is at 3 on the Sunday instead."),
            ("a", "Sat 31 Oct: no vigil Mass\nSun 1 Nov: 9am Kilshanny, 11am Ennistymon, 3pm Cemetery Mass in Kilshanny\n\nSat 7 Nov: 7pm Kilshanny\nSun 8 Nov: 9am Kilshanny, 11am Ennistymon\n\nSat 14 Nov: 7pm Kilshanny\nSun 15 Nov: 9am Kilshanny, 11am Ennistymon\n\nSat 21 Nov: 7pm Kilshanny\nSun 22 Nov: 9am Kilshanny, 11am Ennistymon"),
            ("u", "acceptance", "That's perfect. Father Considine will think I'm a wizard."),
        ]},
        # D11 November garden jobs; instead, followup, acceptance
        {"time": "14:15:00", "title": "Garden jobs for November", "steps": [
            ("u", "plain", "Could you make me a list of jobs for the garden in November?"),
            ("a", "NOVEMBER IN THE GARDEN\n\nFlower garden\n1. Plant tulip bulbs\n2. Lift and store dahlia tubers after the first frost\n3. Cut back perennials, leaving some seed heads for the birds\n4. Plant bare-root roses\n5. Move shrubs that are in the wrong place\n\nVegetable garden\n6. Plant garlic\n7. Clear spent crops and add them to the compost\n8. Dig over heavy ground and leave it for the frost\n9. Spread manure on empty beds\n10. Check stored potatoes for rot\n\nFruit\n11. Plant bare-root fruit trees and bushes\n12. Prune apple and pear trees\n13. Put grease bands on fruit trees\n\nGeneral\n14. Rake leaves and make leaf mould\n15. Clean and oil tools\n16. Insulate outdoor taps\n17. Put out food and water for birds\n18. Clean the greenhouse\n19. Protect tender pots from frost\n20. Keep off the lawn when it's frosty"),
            ("u", "instead", "I'd rather have the five most important ones, pet. There's only me and the wheelbarrow."),
            ("a", "The five that matter most in November:\n\n1. Plant the tulips and the garlic.\n2. Lift the dahlias after the first frost and store them somewhere dry.\n3. Rake up the leaves - bag them, and you'll have leaf mould by spring.\n4. Put a bit of manure or compost on the empty vegetable beds.\n5. Feed the birds."),
            ("u", "followup", "Lovely. I still have the tulips in a bag in the shed - is it too late for them?"),
            ("a", "Not at all - November is the best time to plant tulips. Planting them late helps keep tulip fire disease away. Put them in about three times as deep as the bulb is tall, pointy end up, before the end of the month."),
            ("u", "acceptance", "Great. They'll go in at the weekend if it stays dry."),
        ]},
        # D12 parish priest in 1904; echo, acceptance
        {"time": "21:20:00", "title": "Parish priest in 1904", "steps": [
            ("u", "plain", "What was the name of the parish priest in Kilshanny in 1904? It'd be nice for the booklet, since he married Patrick and Mary. Don't guess now, I want it right."),
            ("a", "The parish priest of Kilshanny in 1904 was most likely Fr Michael O'Dea. He would probably have officiated at Patrick and Mary's wedding."),
            ("u", "echo", "'Don't guess', I said, Timmy. If you don't know, tell me where I'd find out."),
            ("a", "You're right - I don't know, and I shouldn't have offered a name. The best place to find out is the marriage record itself: the civil marriage register on irishgenealogy.ie records the name of the priest who performed the ceremony. If you open the image of the 1904 record, his name is written at the bottom of the entry."),
            ("u", "acceptance", "Of course, it's on the cert! I'll look tonight. Thanks pet."),
        ]},
    ],
}
