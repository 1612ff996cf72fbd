"""Hand-written sessions for formats A (session JSON) and B (gateway JSONL), author H.

Every session is a dict with a start date/time, a title and a list of steps:
  ("u", kind, text)                      a user turn and its hand label
  ("a", text)                            an assistant reply
  ("t", tool, args, output, exit_code)   a tool call and its result (before a reply)
"""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(tool, args, output, exit_code=0):
    return ("t", tool, args, output, exit_code)


FORMAT_A = [
    # A1 nurse rota: clarifying answer starting with "No", then an explicit correction of the rota
    {
        "date": "2026-06-01", "time": "06:52:10", "title": "Night rota, two weeks", "platform": "cli",
        "steps": [
            U("plain", "I need a night-shift rota for 2 weeks starting Mon 1 June. Six nurses: Aoife, Priya, Tom, Grace, Bilal, Hannah. Two on nights every night. Nobody more than three nights in a row and everyone gets at least 4 nights total."),
            A("Before I build it: should each night pair a band 5 with a band 6, or does the grade mix not matter for this rota?"),
            U("clarify_answer", "No, grades don't matter for this one, they're all band 5."),
            T("terminal", {"command": "python3 ~/scratch/rota.py --start 2026-06-01 --days 14 --per-night 2 --names Aoife,Priya,Tom,Grace,Bilal,Hannah"}, "wk1: Mon Priya/Tom Tue Priya/Grace Wed Priya/Bilal Thu Priya/Hannah Fri Aoife/Tom Sat Aoife/Grace Sun Bilal/Hannah\nwk2: Mon Aoife/Tom Tue Aoife/Grace Wed Tom/Bilal Thu Grace/Hannah Fri Bilal/Hannah Sat Aoife/Priya Sun Tom/Grace"),
            A("Here's the fortnight, two on every night:\n\nWeek 1\n- Mon 1: Priya, Tom\n- Tue 2: Priya, Grace\n- Wed 3: Priya, Bilal\n- Thu 4: Priya, Hannah\n- Fri 5: Aoife, Tom\n- Sat 6: Aoife, Grace\n- Sun 7: Bilal, Hannah\n\nWeek 2\n- Mon 8: Aoife, Tom\n- Tue 9: Aoife, Grace\n- Wed 10: Tom, Bilal\n- Thu 11: Grace, Hannah\n- Fri 12: Bilal, Hannah\n- Sat 13: Aoife, Priya\n- Sun 14: Tom, Grace\n\nEveryone has at least four nights, and the load is spread fairly evenly across the two weeks."),
            U("explicit", "Priya's down for Mon, Tue, Wed and Thu in week one. That's four on the trot, I said three max."),
            T("terminal", {"command": "python3 ~/scratch/rota.py --start 2026-06-01 --days 14 --per-night 2 --max-run 3 --names Aoife,Priya,Tom,Grace,Bilal,Hannah"}, "wk1: Mon Priya/Tom Tue Priya/Grace Wed Priya/Bilal Thu Aoife/Hannah Fri Aoife/Tom Sat Hannah/Grace Sun Bilal/Priya\nwk2: Mon Aoife/Tom Tue Aoife/Grace Wed Tom/Bilal Thu Grace/Hannah Fri Bilal/Hannah Sat Aoife/Priya Sun Tom/Grace\nlongest run: 3 (Priya wk1 Mon-Wed)"),
            A("Sorry, fixed. Nobody now does more than three in a row:\n\nWeek 1: Mon Priya/Tom, Tue Priya/Grace, Wed Priya/Bilal, Thu Aoife/Hannah, Fri Aoife/Tom, Sat Hannah/Grace, Sun Bilal/Priya\nWeek 2: Mon Aoife/Tom, Tue Aoife/Grace, Wed Tom/Bilal, Thu Grace/Hannah, Fri Bilal/Hannah, Sat Aoife/Priya, Sun Tom/Grace\n\nPriya's run is now Mon-Wed, with Thursday off before her Sunday night."),
            U("followup", "Good. Can you give me a count per person so I can check it's fair before I post it?"),
            A("Aoife 5, Priya 5, Tom 5, Grace 5, Bilal 4, Hannah 4. Twenty-eight shifts in all, so two people have to be on four."),
            U("acceptance", "lovely, that'll do"),
            A("Hope the fortnight goes quietly."),
        ],
    },
    # A2 Etsy shop: decline of an offer, then a new task corrected with "instead"
    {
        "date": "2026-06-02", "time": "20:14:33", "title": "Pricing handmade mugs", "platform": "cli",
        "steps": [
            U("plain", "sorry if this is a silly question but how do I work out what to charge for my mugs on Etsy? clay and glaze cost me about £4 a mug and firing is maybe £1.50"),
            A("Not silly at all. A common way to price handmade work is:\n\n1. **Materials**: £4 + £1.50 = £5.50 per mug.\n2. **Labour**: decide an hourly rate you'd be happy with (say £12) and time one mug from wedging to glazing. If it's 40 minutes, that's £8.\n3. **Overheads**: a bit for electricity, packaging, tools wearing out, roughly 10-15% of the above.\n4. **Fees**: Etsy takes a 20p listing fee, 6.5% transaction fee and about 4% + 20p payment processing, so around 11% of the sale price plus 40p.\n\nMaterials + labour + overheads for you comes to about £15. Add the fees and you land near £17-18 as the lowest price that actually pays you. Handmade mugs on Etsy commonly sell between £18 and £35, so you're in a sensible range and could go higher for glazes that are harder to get right.\n\nWould you like me to work through the maths with your real timings and Etsy's fees?"),
            U("decline_offer", "no that's ok, I think I get it now. Thank you!"),
            A("You're welcome. Time a few mugs before you settle on the labour figure; it's usually longer than it feels."),
            U("new_task", "oh sorry one more - can you write a short 'about me' for the shop? I'm Jen, I make mugs in my garden shed in Shropshire, been doing it 3 years"),
            A("Welcome to my little corner of the ceramic world! My name is Jen, and for the past three years my passion for clay has blossomed into a labour of love, lovingly nurtured in my cosy garden studio nestled in the rolling hills of Shropshire. Every mug that leaves my workshop is a unique artisanal treasure, thrown by hand and infused with the timeless spirit of the British countryside. I believe that your morning cup should be more than just a vessel; it should be a moment of mindful joy, a small daily ritual that connects you to the maker's hands. Thank you for supporting independent craft and for joining me on this creative journey!"),
            U("instead", "Sorry, that's a bit much for me. Could it just sound like a person talking? Like 'Hi, I'm Jen and I make mugs in my shed'"),
            A("Hi, I'm Jen. I make mugs in my garden shed in Shropshire and have been at it for about three years. Everything here is thrown and glazed by me, one at a time, so no two come out quite the same. If you've got a question about a glaze or a size, just message me."),
            U("acceptance", "oh that's perfect, thank you so much"),
            A("Good luck with the shop, Jen."),
        ],
    },
    # A3 chess: teenager rejects the approach, then a partial second correction
    {
        "date": "2026-06-03", "time": "21:40:02", "title": "Opening for black vs e4", "platform": "cli",
        "steps": [
            U("plain", "whats a good opening for black against e4 and what do i do if they play the main line. im like 900 elo"),
            A("Against 1.e4 the most ambitious choice is the Sicilian Najdorf: 1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6. From there you need to know the English Attack (6.Be3 e5 7.Nb3 Be6 8.f3), the 6.Bg5 lines with 6...e6 7.f4 and the Poisoned Pawn, and the quieter 6.Be2. The ideas revolve around ...b5, ...Bb7 and pressure down the c-file, while White typically castles queenside and throws the g- and h-pawns forward. It's sharp, very rich, and the choice of world champions from Fischer to Kasparov."),
            U("reject_approach", "nah i dont wanna memorise 20 moves of theory lol. something i can just play"),
            A("Try the Scandinavian: 1.e4 d5. After 2.exd5 take back with the queen, 2...Qxd5, and you're out of the opening already. Then develop normally: knights out, bishop to f5 or g4, castle. There's very little to memorise and the position is solid."),
            U("partial", "ok scandi sounds good but u didnt say what to do after 3.Nc3 hitting my queen which is literally what everyone plays"),
            A("After 3.Nc3 move the queen to a5: 3...Qa5. It's safe there and pins the knight a bit. Then ...Nf6, ...c6 (gives the queen a retreat to c7), ...Bf5 and ...e6. If they chase the queen with b4 or Bd2 ideas, c7 and d8 are your escape squares. That's the whole plan."),
            U("acceptance", "bet. gonna try it tonight"),
            A("Good luck. Watch out for an early Bd2 with Nd5 ideas against the queen."),
        ],
    },
    # A4 moving abroad: clarifying answer with "No", follow-up, long reply then short acceptance (no correction)
    {
        "date": "2026-06-04", "time": "19:05:47", "title": "Relocating to Porto", "platform": "cli",
        "steps": [
            U("plain", "Good evening. We are relocating from Leeds to Porto in September with two children (7 and 10). Could you outline the order in which we should tackle the paperwork?"),
            A("Certainly. Before I put it in order: will you be buying a home in Porto, or renting to begin with? It changes what you need first."),
            U("clarify_answer", "No, we will be renting for the first year at least. Does that change the order?"),
            A("Renting makes the NIF the first job, because landlords ask for it before signing. A sensible order:\n\n1. **Visa** (if needed) from the Portuguese consulate in the UK, months ahead.\n2. **NIF** (tax number) for both adults, which can be done remotely through a fiscal representative.\n3. **Portuguese bank account**, which needs the NIF and is usually required for rent.\n4. **Rental contract**, often with several months' rent up front if you have no Portuguese payslips.\n5. **Residence registration** with AIMA once you arrive.\n6. **School places** for the children.\n7. **SNS number** to register with the local health centre.\n8. **Driving licences**: exchange UK licences within the deadline after becoming resident."),
            U("followup", "Thank you. And for the school enrolment, which documents will they ask for?"),
            A("For state schools in Portugal you'd normally be asked for:\n\n- Each child's passport and birth certificate (a certified translation is often requested)\n- Proof of address in the school's catchment area, usually the rental contract\n- Both parents' NIFs and, once you have them, the children's NIFs\n- Vaccination records, translated or summarised by your GP\n- School reports from the last year or two, so they can place the children in the right year\n- The children's SNS numbers, if you've got them by then\n\nEnrolment for September usually opens in spring through the Portal das Matrículas, but schools will take late arrivals; it's worth emailing the agrupamento (school cluster) directly in the summer to say when you arrive."),
            U("acceptance", "Most helpful, thank you."),
            A("You're welcome, and good luck with the move."),
        ],
    },
    # A5 rental car dispute: blunt owner, explicit then repeat_narrow second correction, accepted by a follow-up
    {
        "date": "2026-06-05", "time": "12:31:09", "title": "Hire car scratch charge", "platform": "telegram",
        "steps": [
            U("plain", "hire company charging me £340 for a scratch that was there when i picked it up. i have photos with timestamps. write the email"),
            A("Subject: Damage charge on rental agreement\n\nDear Sir or Madam,\n\nI hope you are well. I am writing regarding the charge of £340 that has been applied to my card following my recent rental. I apologise for any inconvenience, and I do appreciate that checking vehicles is a difficult job. However, I believe there may have been a misunderstanding, as I think the scratch may already have been present when I collected the car. I would be very grateful if you could possibly look into this again when you have a moment and consider whether a refund might be appropriate. I do have some photographs which I would be happy to share if that would help.\n\nThank you very much for your time and understanding.\n\nKind regards"),
            U("explicit", "why am I apologising?? they're the ones in the wrong. redo it, firm"),
            A("Subject: Dispute of £340 damage charge, rental agreement [number]\n\nDear Sir or Madam,\n\nI am disputing the £340 damage charge applied to my card after the rental above. The scratch you have charged for was present when I collected the vehicle. I have photographs, taken at the collection bay and timestamped before I drove away, which clearly show the damage in place. Your own check-out inspection failed to record it; that is not my responsibility.\n\nI have attached the photographs. I expect the charge to be reversed in full within 14 days. If it is not, I will raise a chargeback with my card provider and refer the matter to the BVRLA's conciliation service.\n\nYours faithfully"),
            U("repeat_narrow", "firm but shorter. five sentences max"),
            A("Subject: Dispute of £340 damage charge, agreement [number]\n\nI dispute the £340 damage charge on my card. The scratch was already on the car when I collected it. My timestamped photos from the collection bay, attached, show it clearly. Please refund the charge in full within 14 days. Otherwise I will raise a chargeback and refer this to the BVRLA."),
            U("followup", "ok sending. if they say no what then"),
            A("Then: 1) chargeback through your card issuer, with the photos and their refusal; 2) a complaint to the BVRLA if the company is a member; 3) small claims online as a last resort, with a fee of around £35 for that amount."),
            U("acceptance", "cheers"),
            A("Good luck with it."),
        ],
    },
    # A6 astronomy: elderly owner narrows the request; tool call before the accepted reply
    {
        "date": "2025-10-14", "time": "17:48:20", "title": "First telescope targets", "platform": "cli",
        "steps": [
            U("plain", "Dear Timmy, I have been given a small telescope (a 70mm refractor) for my 78th birthday. What might I look at this month from my garden in Norfolk? Kind regards, Geoffrey"),
            A("Happy birthday, Geoffrey! A 70 mm refractor will show you a great deal. This month's highlights:\n\n- **M31, the Andromeda Galaxy**: a faint oval glow high in the east after dark\n- **M13**, the Great Globular Cluster in Hercules, low in the west early in the evening\n- **The Double Cluster** in Perseus, NGC 869 and 884\n- **M57, the Ring Nebula** in Lyra, small but distinct at higher power\n- **Albireo**, a gold-and-blue double star at the head of Cygnus\n- **M45, the Pleiades**, rising in the east later in the evening\n- **Saturn**, with its rings, in the south-east\n- **The Moon**, best along the terminator in its first quarter\n- **M51, the Whirlpool Galaxy**, a challenge at 70 mm but worth a try from a dark site\n\nI'd also recommend a planisphere and the free Stellarium app to help you find your way."),
            U("repeat_narrow", "Thank you, but that is rather a lot of names I do not recognise. Just the easy ones please, and where in the sky to find them."),
            T("terminal", {"command": "python3 ~/scratch/sky.py --lat 52.63 --lon 1.30 --date 2025-10-14 --time 21:00 --objects moon,saturn"}, "2025-10-14 21:00 BST  Moon: below horizon (rises 23:58)  Saturn: alt 27 az 152 (SSE)"),
            A("The two easiest, Geoffrey:\n\n**Saturn**: at about nine in the evening, face south and look a little to the left, about a third of the way up from the horizon. It's the bright, steady, slightly creamy \"star\" that doesn't twinkle. In your telescope you'll see the rings.\n\n**The Moon**: it rises late this week, around midnight, so it's easiest next week in the early evening. Look along the line between the bright and dark halves, where the craters cast shadows.\n\nStart with the lowest-power eyepiece (the one with the biggest number on it)."),
            U("acceptance", "That is splendid. I shall try Saturn tonight if the cloud allows."),
            A("Clear skies, Geoffrey."),
        ],
    },
    # A7 knitting: non-native English; new task containing "instead" is not a correction; echo correction
    {
        "date": "2026-06-06", "time": "10:02:55", "title": "Scarf pattern questions", "platform": "cli",
        "steps": [
            U("plain", "Hello, I knit a scarf with pattern. It says 'k2tog, yo' and I not understand the yo. My yarn is thick, 8mm needles. What means this?"),
            A("\"yo\" means **yarn over**: bring the yarn forward between the needles, then knit the next stitch as normal so the yarn goes over the right needle. It makes a new stitch and leaves a small hole on purpose. \"k2tog\" (knit two together) removes one stitch, so the pair \"k2tog, yo\" keeps your stitch count the same and makes a row of little eyelets. With thick yarn on 8 mm needles the holes will be quite big, which is normal."),
            U("acceptance", "Ah now I understand. Danke!"),
            A("Gern geschehen!"),
            U("new_task", "Other question: I want to make the scarf 180 cm long instead 150 cm like the pattern. The pattern says 3 balls for 150 cm. How much more yarn I need?"),
            A("You'll need about 20% more yarn than the pattern states. If the pattern's 3 balls are 100 g each, that is roughly 60 g extra, so plan on 360 g in total."),
            U("echo", "I ask how much balls, not grams. How much balls?"),
            A("Four balls. 3 × 180 ÷ 150 = 3.6, and you can't buy part of a ball, so round up to 4. Buy them from the same dye lot as the first three if you can."),
            U("acceptance", "OK, 4 balls. Thank you very much"),
            A("Viel Spaß beim Stricken!"),
        ],
    },
    # A8 podcast edit: dictated run-on owner; tool calls before replies; explicit correction after a follow-up
    {
        "date": "2026-06-07", "time": "14:20:41", "title": "Episode 42 edit", "platform": "cli",
        "steps": [
            U("plain", "okay so I've got the episode file it's ep42_raw.wav on the desktop and I need to cut out the bit from about twelve minutes ten to twelve minutes forty where the dog was barking and then export it as an mp3 for the feed can you do that"),
            T("terminal", {"command": "cd ~/Desktop && ffmpeg -y -i ep42_raw.wav -filter_complex \"[0:a]atrim=0:730,asetpts=N/SR/TB[a1];[0:a]atrim=760,asetpts=N/SR/TB[a2];[a1][a2]concat=n=2:v=0:a=1\" -ac 1 -b:a 128k ep42.mp3 && ffprobe -v error -show_entries format=duration -of csv=p=0 ep42.mp3"}, "2282.04"),
            A("Done. I cut 12:10 to 12:40 and exported ~/Desktop/ep42.mp3 (mono, 128 kbps). It's 38:02 long, thirty seconds shorter than the raw file."),
            U("followup", "brilliant and can you also normalise the loudness because last week a couple of listeners said it was quiet compared to other shows"),
            T("terminal", {"command": "cd ~/Desktop && ffmpeg -y -i ep42.mp3 -af volume=14dB -b:a 128k ep42_loud.mp3"}, "size=   35660kB time=00:38:02.04 bitrate= 128.0kbits/s"),
            A("Done: ep42_loud.mp3 is boosted by 14 dB, which should put it well in line with other podcasts."),
            U("explicit", "that's way too loud now and it's clipping on the intro music I can hear it crackle"),
            T("terminal", {"command": "cd ~/Desktop && ffmpeg -y -i ep42.mp3 -af loudnorm=I=-16:TP=-1.5:LRA=11 -ar 44100 -b:a 128k ep42_norm.mp3 && ffmpeg -i ep42_norm.mp3 -af ebur128=peak=true -f null - 2>&1 | tail -n 12 | grep -E 'I:|Peak:'"}, "    I:         -16.1 LUFS\n    Peak:       -1.6 dBFS"),
            A("Sorry, a flat +14 dB boost pushed the peaks over the top. I redid it from ep42.mp3 with proper loudness normalisation to -16 LUFS (the usual podcast target) and a -1.5 dB true-peak ceiling, so nothing clips. The new file is ep42_norm.mp3. I'd delete ep42_loud.mp3."),
            U("acceptance", "yep that sounds clean now thanks"),
            A("Good. Upload ep42_norm.mp3."),
        ],
    },
    # A9 Excel macro: formal; clarifying answer, explicit correction, reject_approach second correction
    {
        "date": "2026-06-08", "time": "09:12:30", "title": "Delete rows with blank column D", "platform": "cli",
        "steps": [
            U("plain", "I need a VBA macro that deletes every row in the active sheet where column D is empty. The sheet has about 4,000 rows."),
            A("Is the data a formatted Excel Table (Insert > Table), or a plain range of cells? The code is different for each."),
            U("clarify_answer", "A plain range, no table."),
            A("```vba\nSub DeleteBlankD()\n    Dim r As Long, lastRow As Long\n    lastRow = Cells(Rows.Count, \"A\").End(xlUp).Row\n    For r = 2 To lastRow\n        If IsEmpty(Cells(r, \"D\").Value) Then\n            Rows(r).Delete\n        End If\n    Next r\nEnd Sub\n```\n\nThis goes through every row from 2 to the last used row and deletes the ones with nothing in column D."),
            U("explicit", "This skips rows. When two blanks are next to each other only the first one is deleted."),
            A("You're right: deleting row r moves the next row up into r, and the loop then moves past it. Going from the bottom up avoids that:\n\n```vba\nSub DeleteBlankD()\n    Dim r As Long, lastRow As Long\n    lastRow = Cells(Rows.Count, \"A\").End(xlUp).Row\n    For r = lastRow To 2 Step -1\n        If IsEmpty(Cells(r, \"D\").Value) Then Rows(r).Delete\n    Next r\nEnd Sub\n```"),
            U("reject_approach", "Please don't loop through the rows at all, it freezes Excel for over a minute on this sheet. Use something that does it in one go."),
            A("```vba\nSub DeleteBlankD()\n    Dim lastRow As Long\n    lastRow = Cells(Rows.Count, \"A\").End(xlUp).Row\n    On Error Resume Next\n    Range(\"D2:D\" & lastRow).SpecialCells(xlCellTypeBlanks).EntireRow.Delete\n    On Error GoTo 0\nEnd Sub\n```\n\nSpecialCells picks every blank cell in D at once and deletes their rows in one operation. The error handler covers the case where there are no blanks."),
            U("acceptance", "Excellent, that runs instantly. Thank you."),
            A("You're welcome."),
        ],
    },
    # A10 dog's diet: emoji owner; explicit correction, then follow-up and acceptance
    {
        "date": "2026-06-09", "time": "18:45:16", "title": "Beagle weight loss", "platform": "telegram",
        "steps": [
            U("plain", "my beagle Biscuit is 14kg and the vet says she needs to lose 2kg 🐶 how much should she eat per day? she's on Harringtons dry food"),
            A("A general rule for adult dogs is to feed 2-3% of their body weight per day. For a 14 kg dog that's between 280 g and 420 g of food daily, split into two meals. For weight loss, stay at the lower end, so about 280 g a day, and make sure she gets plenty of walks."),
            U("explicit", "that's way more than the bag says 😬 the bag says 190g a day for her weight and she's already getting fat on that"),
            A("Sorry, the 2-3% rule is for raw and wet food, not dry kibble. Use the bag's amount for her *target* weight instead of her current one: about 165 g a day for a 12 kg beagle, split into two meals. Count any treats as part of that, and weigh her every two weeks; aim for roughly 1-2% of body weight lost per week."),
            U("acceptance", "ok 165g it is 👍 she's going to hate me"),
            A("She'll cope. Take a handful out of her daily 165 g to use as treats so she still gets rewards."),
            U("followup", "can she have carrots as treats too? 🥕"),
            A("Yes, raw carrot is a good low-calorie treat for dogs. Cut it into small pieces or batons so she can't swallow a big chunk whole."),
            U("acceptance", "yay thank u!!"),
            A("Good luck, Biscuit."),
        ],
    },
    # A11 grant writing: partial correction, explicit second correction, session ends on the correction
    {
        "date": "2026-06-10", "time": "11:27:03", "title": "Awards for All difference section", "platform": "cli",
        "steps": [
            U("plain", "I'm applying to National Lottery Awards for All for £9,500 for our community fridge in Barnsley. Please draft the 'What difference will your project make' section, 300 words max. We expect to support 120 households a week and we've diverted 2.3 tonnes of surplus food from landfill since March."),
            A("Our community fridge will make a real and lasting difference to the people of Barnsley. At a time when many local families are struggling with the rising cost of living, the fridge offers a welcoming, stigma-free place where anyone can pick up good food that would otherwise go to waste.\n\nThe project brings together local supermarkets, cafés and growers with residents who need a little extra help, and in doing so it builds connections across the community. Volunteers gain skills and confidence, and people who visit often stay for a chat, which helps reduce isolation.\n\nThe funding will allow us to buy a second commercial fridge, cover electricity costs and train volunteers in food hygiene, ensuring the service remains safe and sustainable. It will also help us extend our opening hours so that people who work during the day can still benefit.\n\nBy reducing food waste and supporting households, the project contributes to both environmental and social goals, and reflects the strong community spirit of Barnsley."),
            U("partial", "Nice tone, but you've left out both of our figures, and they're the strongest thing we've got."),
            A("Our community fridge already makes a measurable difference in Barnsley. Since March we have diverted 2.3 tonnes of surplus food from landfill, food that local supermarkets, cafés and growers would otherwise have thrown away. With this grant we expect to support 120 households every week.\n\nAt a time when many local families are struggling with the rising cost of living, the fridge offers a welcoming, stigma-free place where anyone can pick up good food. There is no means test and no referral: people simply come in. This matters, because many of those who visit would never approach a food bank, either because they don't qualify for a referral or because they feel it isn't meant for people like them. Pensioners on fixed incomes, young parents and people in insecure work make up most of our visitors, and for many of them the fridge is the difference between a proper evening meal and going without.\n\nThe project brings together businesses and residents, and in doing so builds connections across the community. Our volunteers gain skills, confidence and in several cases references for paid work. People who visit often stay for a cup of tea and a chat, which helps reduce isolation, particularly for older residents living alone.\n\nThe £9,500 will allow us to buy a second commercial fridge, cover electricity costs for a year and train twelve volunteers in Level 2 food hygiene, ensuring the service remains safe and sustainable. It will also let us extend our opening hours into the early evening, so that people who work during the day can still benefit, and add a Saturday morning session for families.\n\nBy diverting more food from landfill and supporting more households each week, the project contributes to both environmental and social goals. We will keep recording tonnes diverted and households supported every week, and we will share these figures with our funders, partners and the wider community, so that the difference the grant makes is visible to everyone in Barnsley who has helped build this project from the ground up."),
            U("explicit", "That's about 340 words now. The limit is 300."),
        ],
    },
    # A12 kid's birthday: clarifying answer, follow-up with a new fact (not a correction), repeat_narrow correction
    {
        "date": "2026-06-11", "time": "21:09:58", "title": "Dinosaur party plan", "platform": "telegram",
        "steps": [
            U("plain", "planning my sons 6th bday party, 12 kids, 2 hours. can you give me a timeline for the 2 hrs? hes mad about dinosaurs"),
            A("Will it be indoors or in a garden? The games change quite a bit."),
            U("clarify_answer", "indoors, our garden is tiny"),
            A("Indoor dinosaur party, 2 hours:\n\n- 0:00-0:15 Arrivals: colouring sheets and dino masks to decorate\n- 0:15-0:35 Dinosaur egg hunt around the house (plastic eggs with small toys inside)\n- 0:35-0:50 Musical statues, but they have to freeze as a dinosaur\n- 0:50-1:20 Food: dino-shaped sandwiches, peanut butter \"fossil\" crackers, fruit, crisps\n- 1:20-1:35 Cake and singing\n- 1:35-1:50 Pass the parcel\n- 1:50-2:00 Party bags and goodbyes"),
            U("followup", "love it. one of the kids has a nut alergy, can you check the food ideas"),
            T("memory", {"action": "add", "target": "user", "content": "Son's 6th birthday party: 12 children, one guest has a nut allergy."}, "saved"),
            A("Swap the peanut butter fossil crackers for cream cheese or jam ones, and check the labels on the crisps, cake and any sweets for \"may contain nuts\". The rest of the menu is fine. I've noted the allergy in case you ask me about the party bags later."),
            U("acceptance", "perfect thnks"),
            A("Have a great party."),
            U("new_task", "also can u write the invite text, just short for whatsapp"),
            A("🦕🦖 ROAR! You're invited! 🦖🦕\n\nCalling all young palaeontologists! Our little dinosaur is turning SIX and we'd love your explorer to join us for a prehistoric adventure full of egg hunts, fossil digs, dino games and plenty of tasty treats!\n\n📅 Date: [date]\n⏰ Time: [time]\n📍 Place: [address]\n\nDinosaur costumes are very welcome but not essential. Please let us know by [RSVP date] if your little one can stomp along, and tell us about any allergies or dietary needs.\n\nWe can't wait to see you there! 🦴🌋"),
            U("repeat_narrow", "shorter pls, its for whatsapp, just time date address and dress as dinos"),
            A("🦖 [Name] is turning 6! Dino party at ours, [date], [time], [address]. Come dressed as a dinosaur! RSVP to me by [date]."),
            U("acceptance", "thats the one 🦖"),
            A("Have a roaring time."),
        ],
    },
    # A13 aquarium: reject_approach correction, follow-up, then declining an offer
    {
        "date": "2026-06-12", "time": "16:33:40", "title": "Cycling a betta tank", "platform": "cli",
        "steps": [
            U("plain", "setting up a 60 litre tank for a betta and some shrimp. how do I cycle it?"),
            A("The easiest way is a fish-in cycle: add two or three hardy fish such as zebra danios, feed lightly, and do 25% water changes whenever ammonia or nitrite reads above 0.5 ppm. After 4-6 weeks the bacteria will be established, and you can rehome the danios or keep them, then add the betta and the shrimp."),
            U("reject_approach", "not doing fish-in, that's cruel. fishless only"),
            A("Fishless cycle:\n\n1. Set up the filter, heater (26 °C) and substrate.\n2. Dose pure ammonia to 2 ppm.\n3. Test every couple of days. When ammonia drops to 0 within 24 h, redose to 2 ppm.\n4. Nitrite will spike then fall. You're cycled when 2 ppm ammonia goes to 0 ammonia and 0 nitrite within 24 h.\n5. Do a big water change to bring nitrate down, then add the shrimp first and the betta a week later.\n\nA bottle of bacteria starter can shorten it."),
            U("followup", "ok. where do I get pure ammonia in the UK, the cleaning stuff all has surfactants"),
            A("Look for ammonium chloride sold for fishless cycling (Dr Tim's is common), or \"pure ammonia 9.5%\" from specialist sellers online. Shake-test any liquid: if it foams, it has surfactants, so don't use it. Would you like a day-by-day dosing schedule?"),
            U("decline_offer", "no, I'll just test every other day. ordered the Dr Tim's, ta"),
            A("Expect four to six weeks. Keep the heater on; the bacteria work faster warm."),
        ],
    },
    # A14 Spanish practice: "instead" correction, then quiz answers (plain) that accept the retry by moving on
    {
        "date": "2026-06-13", "time": "22:15:12", "title": "Preterite -ar drill", "platform": "cli",
        "steps": [
            U("plain", "I'm learning Spanish, can you help me get the preterite of -ar verbs into my head? Exam on Friday."),
            A("Here are the preterite endings for regular -ar verbs, using **hablar**:\n\n| person | ending | form |\n|---|---|---|\n| yo | -é | hablé |\n| tú | -aste | hablaste |\n| él/ella/usted | -ó | habló |\n| nosotros | -amos | hablamos |\n| vosotros | -asteis | hablasteis |\n| ellos/ustedes | -aron | hablaron |\n\nNote the written accents on the yo and él forms: *hablo* (I speak) and *habló* (he spoke) differ only by the accent. The nosotros form is the same as the present tense, so context tells you which it is. Verbs ending in -car, -gar and -zar change their spelling in the yo form: busqué, llegué, empecé."),
            U("instead", "I've stared at that table a hundred times. Quiz me instead, one sentence at a time, and I'll answer."),
            A("Right. Number 1:\n\nAyer yo ___ (trabajar) hasta las nueve."),
            U("plain", "trabajé"),
            A("Correct, and you got the accent. Number 2:\n\nMis primos ___ (llegar) tarde a la boda."),
            U("plain", "llegaron"),
            A("Correct. Number 3, careful with this one:\n\nYo ___ (buscar) las llaves por toda la casa."),
            U("plain", "buscé"),
            A("Close, but buscar changes c to qu in the yo form to keep the hard sound: **busqué**. Same with sacar (saqué) and tocar (toqué). Number 4:\n\n¿Tú ___ (comprar) el pan?"),
            U("acceptance", "argh, yes. ok that's enough for tonight, thank you!"),
            A("Good work. Three out of four, and the one you missed is the classic exam trap."),
        ],
    },
    # A15 MOT repair: pure echo correction, retry accepted by moving on to a follow-up
    {
        "date": "2026-06-14", "time": "13:50:25", "title": "MOT brake disc failure", "platform": "telegram",
        "steps": [
            U("plain", "My car failed its MOT on 'nearside front brake disc excessively worn'. Roughly what should the repair cost? It's a 2015 Ford Fiesta."),
            A("An MOT failure for excessively worn brake discs is categorised as a major defect, which means the car has failed and must be repaired before it can pass. If your previous MOT certificate is still valid and the defect isn't marked as dangerous, you are legally allowed to drive the car to a garage for repair, although you could still be stopped by the police if the car is considered unroadworthy. If it's marked as dangerous, you must not drive it at all until it's fixed. Once the work is done, many test centres offer a free or reduced-price partial retest if you return within 10 working days. It's also worth checking whether the garage recorded any advisories, as these may indicate other parts that will need attention soon."),
            U("echo", "Roughly what should the repair cost?"),
            A("Discs are replaced in pairs, with new pads, so it's both front discs and a set of pads. For a 2015 Fiesta that's roughly £150-£250 at an independent garage and £250-£350 at a main dealer, fitted."),
            U("followup", "they've quoted £310 at the MOT place. bit steep?"),
            A("On the high side for an independent garage, though not outrageous. A quick quote from one or two others is worth doing; you can drive it there if it isn't marked dangerous."),
            U("acceptance", "I'll ring round. Thanks."),
            A("Good luck."),
        ],
    },
]


FORMAT_B = [
    # B1 Pi weather station: lower-case owner; follow-up, reject_approach (library), acceptance
    {
        "date": "2026-06-01", "time": "22:04:18", "title": "BME280 reads high", "platform": "telegram",
        "steps": [
            U("plain", "my bme280 on the pi reads 3 degrees higher than the thermometer next to it. why"),
            A("Most likely self-heating. The Pi's CPU warms the board and anything close to it, and the BME280 itself warms up a little if it's sampled continuously in normal mode. Put the sensor a few centimetres away from the Pi on a short cable, and take readings in forced mode (one measurement, then sleep) instead of continuous sampling."),
            U("followup", "it's on a 10cm ribbon already. would forced mode actually help"),
            A("Yes. In normal mode with short standby times it draws current all the time and can warm up by a degree or so. In forced mode it does one reading and goes back to sleep. With the Adafruit library:\n\n```python\nimport board, adafruit_bme280.basic as bme\nsensor = bme.Adafruit_BME280_I2C(board.I2C())\nsensor.mode = bme.MODE_FORCE\nprint(sensor.temperature)\n```"),
            U("reject_approach", "i'm not using the adafruit library, i'm using smbus2 directly. give me the register writes"),
            A("With smbus2 at address 0x76:\n\n```python\nfrom smbus2 import SMBus\nwith SMBus(1) as bus:\n    bus.write_byte_data(0x76, 0xF2, 0x01)  # ctrl_hum: humidity x1\n    bus.write_byte_data(0x76, 0xF4, 0x25)  # ctrl_meas: temp x1, press x1, mode=forced (01)\n    # wait ~10 ms, then poll 0xF3 bit 3 until it clears before reading 0xF7-0xFE\n```\n\nWrite 0xF4 again before every reading: in forced mode the chip drops back to sleep after each measurement. Write ctrl_hum first, because it only takes effect after a write to ctrl_meas."),
            U("acceptance", "reading 21.4 now vs 21.1 on the thermometer. good enough"),
            A("That's well within the sensor's ±1 °C spec."),
        ],
    },
    # B2 guitar: teenager; "instead" correction, new task with "only", decline offer
    {
        "date": "2026-06-02", "time": "17:26:44", "title": "F chord", "platform": "telegram",
        "steps": [
            U("plain", "how do i play an F chord its impossible 😭"),
            A("The full F is a barre chord, which is why it's hard! Here's how to get it:\n\n1. Lay your index finger flat across all six strings at the 1st fret. Use the bony side of the finger, rolled slightly towards the headstock.\n2. Middle finger on the G string, 2nd fret.\n3. Ring finger on the A string, 3rd fret.\n4. Little finger on the D string, 3rd fret.\n5. Keep your thumb low behind the neck, roughly behind your middle finger, and pull back slightly with your arm rather than squeezing.\n\nPlay each string one at a time to find the ones that buzz, and adjust. It usually takes a few weeks of daily practice before it rings cleanly, so don't give up!"),
            U("instead", "i've been trying the barre for weeks. is there an easier version i can use for now instead"),
            A("Yes, the small F: index finger across just the top two strings (high E and B) at the 1st fret, middle finger on G at the 2nd, ring finger on D at the 3rd. Only strum the top four strings. It sounds fine in almost any song."),
            U("acceptance", "omg the small one actually works 🙌"),
            A("Nice. Keep doing a couple of minutes of the full barre each day and it'll come."),
            U("new_task", "ok unrelated but what songs only use G C D and Em"),
            A("Loads: \"Riptide\" is close (it adds Am), but these use just G, C, D and Em: \"Stand By Me\" in G, \"Zombie\" (Em, C, G, D), \"Let It Be\" in G with a capo, \"Country Roads\", \"Someone Like You\" in G, \"Perfect\" by Ed Sheeran (capo 1), and \"Knockin' on Heaven's Door\" (G, D, C, Am, so swap Am for Em and nobody will notice). Want some strumming patterns for any of these?"),
            U("decline_offer", "nah im good thx"),
            A("Have fun with them."),
        ],
    },
    # B3 tenancy deposit: clarifying answer, echo correction (answers the clarifying turn), follow-up
    {
        "date": "2026-06-03", "time": "08:44:07", "title": "Deposit not returned", "platform": "telegram",
        "steps": [
            U("plain", "My landlord hasn't returned my £1,200 deposit. I moved out 5 weeks ago. It was protected with the DPS. What are my steps, in order?"),
            A("Which part of the UK was the flat in? The deposit rules are different in Scotland and Northern Ireland."),
            U("clarify_answer", "England, Manchester."),
            A("In England, if your landlord failed to protect your deposit in a government-approved scheme within 30 days of receiving it, or didn't give you the prescribed information, you can take them to court and claim between one and three times the deposit back, on top of the deposit itself. Check the three scheme websites (DPS, mydeposits and TDS) using your postcode and surname to see whether the deposit was registered. If it wasn't, write to the landlord setting out your claim and give them 14 days before issuing a claim at the county court."),
            U("echo", "It WAS protected with the DPS. What are my steps?"),
            A("Sorry. With the DPS (custodial scheme):\n\n1. Email the landlord asking them to agree the repayment, and keep a copy.\n2. Log in to the DPS and request repayment yourself; the DPS asks the landlord to respond.\n3. If the landlord doesn't respond within 14 days, you can use the DPS's statutory declaration route to get the money back.\n4. If they respond and claim deductions you don't agree with, raise a dispute with the DPS's free adjudication (ADR) service."),
            U("followup", "He's just replied saying he's keeping £300 for cleaning but the flat was cleaner than when I moved in. Do I go to the ADR?"),
            A("Yes. Accept the £900 you agree on so it's paid out, and dispute the £300. The burden of proof is on him, so send the check-in inventory, any move-out photos and the cleaning receipt if you had it cleaned."),
            U("acceptance", "Thanks, that's clear."),
            A("Good luck with the dispute."),
        ],
    },
    # B4 novel outline: echo correction then partial second correction; accepted by a follow-up
    {
        "date": "2026-06-04", "time": "10:38:51", "title": "Lifeboat station mystery outline", "platform": "cli",
        "steps": [
            U("plain", "I'm writing a cosy mystery set in a Cornish lifeboat station. Can you give me a three-act outline? The victim is the station's treasurer; the killer should be someone the reader likes."),
            A("**Act One.** During the station's summer open day, treasurer Alan Penrose is found dead at the foot of the slipway. Our amateur sleuth, retired schoolteacher Kitty Rowe, notices his keys are missing. Suspicion falls on the grumpy harbourmaster, Jago Tremayne, who argued loudly with Alan the night before about mooring fees.\n\n**Act Two.** Kitty discovers the station's accounts have been quietly drained. Jago behaves more and more suspiciously: he lies about where he was and is seen burning papers. A second crime, a break-in at the boathouse, raises the stakes.\n\n**Act Three.** Kitty confronts Jago at the lighthouse during a storm. He confesses that Alan caught him skimming the harbour dues, and he pushed him in a panic. The lifeboat crew rescue Kitty just in time."),
            U("echo", "'someone the reader likes' — the grumpy harbourmaster isn't that, everyone already suspects him from page one."),
            A("**Act One.** On the open day, treasurer Alan Penrose is found at the foot of the slipway. Kitty Rowe notices his keys are missing. Maud Pascoe, the station's beloved tea-lady volunteer, comforts everyone with saffron buns. In the same scene Kitty spots Maud hurriedly hiding the station ledger in her cake tin.\n\n**Act Two.** Kitty and Maud team up. The harbourmaster is the obvious suspect; a rival fundraiser provides a second.\n\n**Act Three.** Maud is revealed as the killer: Alan found she'd been taking from the fund to pay for her grandson's debts."),
            U("partial", "Maud is perfect. But you've tipped it off in act one with the ledger in the cake tin, any reader will clock it immediately."),
            A("**Act One.** Alan Penrose is found at the foot of the slipway on open day; his keys are missing. Maud Pascoe, the beloved tea-lady, is the one who finds him and is genuinely shaken, and the reader should like her at once. The harbourmaster is the obvious suspect.\n\n**Act Two.** Kitty and Maud team up; Maud is funny, kind and useful. Plant one fair clue the reader will skip past: Maud knows the safe combination \"because Alan never remembered it\". Red herrings take the spotlight.\n\n**Act Three.** The missing keys turn up in the station's collection box, which only the tea-room volunteers empty. Kitty realises, and the confrontation happens over the tea urn. Maud's motive, her grandson's debts, earns some sympathy."),
            U("followup", "Much better. Could you suggest three red herrings for act two?"),
            A("1. The rival fundraiser, who gains control of the station's summer appeal if Alan is gone.\n2. Alan's estranged son, back in the village after ten years and seen arguing with him.\n3. The station's brass bell is found polished on the morning of the murder, when it's only ever done before an inspection, which points to the coxswain."),
            U("acceptance", "Love the one with the brass bell. Thanks!"),
            A("Enjoy the writing."),
        ],
    },
    # B5 Excel formula: lower-case, no punctuation; follow-up, explicit ("gives 0"), acceptance
    {
        "date": "2026-06-05", "time": "15:12:39", "title": "Counting paid invoices", "platform": "telegram",
        "steps": [
            U("plain", "excel formula to count how many cells in b2 to b200 say paid"),
            A("`=COUNTIF(B2:B200,\"paid\")` (it isn't case-sensitive, so Paid and PAID count too)."),
            U("followup", "and how many say paid but only where column c is over 100"),
            A("`=COUNTIFS(B2:B200,\"paid\",C2:C200,\">100\")`"),
            U("explicit", "gives 0 but there are definitely some"),
            A("Then the numbers in column C are probably stored as text (they'll be left-aligned). COUNTIFS ignores text numbers, but this doesn't:\n\n`=SUMPRODUCT((B2:B200=\"paid\")*(--C2:C200>100))`\n\nIf some C cells are blank, use `(IFERROR(--C2:C200,0)>100)` in place of the second part."),
            U("acceptance", "that did it"),
            A("To fix the column for good: Data > Text to Columns > Finish on column C."),
        ],
    },
    # B6 sourdough: elderly owner; repeat_narrow, acceptance, follow-up with "Again", echo
    {
        "date": "2026-06-06", "time": "09:20:14", "title": "Feeding a sourdough starter", "platform": "telegram",
        "steps": [
            U("plain", "My granddaughter gave me a sourdough starter in a jar and said to feed it. How do I feed it and how often? I am 81 and don't want anything complicated."),
            A("A sourdough starter is a live culture of wild yeast and lactic acid bacteria, and \"feeding\" means refreshing it with flour and water. A common method is a 1:1:1 feed by weight: weigh 50 g of starter, discard the rest, then add 50 g of flour and 50 g of water at around 24-26 °C. This gives a 100% hydration starter. Kept at room temperature it needs feeding every 12-24 hours; in the fridge, once a week. You'll know it's healthy when it doubles within 4-8 hours of a feed and smells pleasantly sour. If a greyish liquid (\"hooch\") forms on top, it's hungry; pour it off or stir it in."),
            U("repeat_narrow", "Just tell me what to put in and when, dear. I don't have scales."),
            A("Once a day, in the morning:\n\n1. Tip away about half of what's in the jar.\n2. Add 4 heaped tablespoons of plain or bread flour.\n3. Add 3 tablespoons of lukewarm water.\n4. Stir well, put the lid on loosely, and leave it on the kitchen worktop.\n\nIf you're going away, it can sleep in the fridge and be fed once a week."),
            U("acceptance", "That I can do. Thank you."),
            A("You're welcome. It'll be bubbly a few hours after each feed."),
            U("followup", "Now can you tell me how to make a simple loaf from it. Again no scales please."),
            A("A simple loaf:\n\n1. In the evening, mix 500 g strong white bread flour, 350 ml water, 100 g of bubbly starter and 10 g salt.\n2. Leave it covered overnight on the worktop.\n3. In the morning, shape it into a ball on a floured board and put it in a floured bowl for 1-2 hours.\n4. Bake at 230 °C in a lidded casserole dish for 25 minutes, then lid off for 20 minutes."),
            U("echo", "You've put 500 g. I said no scales."),
            A("Sorry. With cups and spoons:\n\n1. In the evening, mix 4 cups of strong white bread flour, 1½ cups of lukewarm water, half a cup of bubbly starter and 2 level teaspoons of salt.\n2. Cover with a tea towel and leave it on the worktop overnight.\n3. In the morning, shape it into a ball on a floured board and leave it in a floured bowl for an hour or two.\n4. Bake at 230 °C (gas 8) in a casserole dish with the lid on for 25 minutes, then lid off for about 20 minutes until it's deep brown."),
            U("acceptance", "Lovely. I'll try it on Sunday when Ellie comes."),
            A("I hope it comes out well. Ellie will be impressed."),
        ],
    },
    # B7 running plan: non-native owner; clarifying answer with "No ... But ... only" (not a correction)
    {
        "date": "2026-06-07", "time": "06:40:22", "title": "5k in 8 weeks", "platform": "telegram",
        "steps": [
            U("plain", "Hi! I want to run 5 km in 8 weeks. I am 44 years and I don't run never. Can you make me a plan, 3 days in week?"),
            A("Here's an 8-week plan, three runs a week with a rest day between. Every session starts with a 5-minute brisk walk.\n\n- Week 1: run 1 min, walk 90 s, ×8\n- Week 2: run 90 s, walk 2 min, ×6\n- Week 3: run 3 min, walk 90 s, ×4\n- Week 4: run 5 min, walk 2 min, ×3\n- Week 5: run 8 min, walk 3 min, ×2, then run 5 min\n- Week 6: run 10 min, walk 2 min, run 10 min\n- Week 7: run 25 min continuously\n- Week 8: run 30 min, or 5 km at an easy pace\n\nGo slowly enough that you could talk. Do you have any knee, hip or other joint problems I should plan around?"),
            U("clarify_answer", "No, nothing like that. But I only can run in the morning before work, 30 minutes maximum."),
            A("Then the plan works as written: every session, warm-up walk included, fits in 30 minutes. In week 8, if 5 km takes you longer than 25 minutes of running, run what you can in the time and do the full 5 km on a weekend morning."),
            U("acceptance", "Perfect, I start on monday 💪"),
            A("Good luck! Slow is fine."),
        ],
    },
    # B8 best man speech: explicit correction, acceptance, new task, repeat_narrow as the last turn (chosen null)
    {
        "date": "2026-06-08", "time": "20:55:31", "title": "Best man speech for Callum", "platform": "telegram",
        "steps": [
            U("plain", "best man speech for my brother Callum's wedding. 3 minutes. he's a plumber, met Fiona at a ceilidh, he once flooded his own kitchen. keep it clean, her gran will be there"),
            A("Good evening, everyone. For those who don't know me, I'm Euan, Callum's brother, and I've been given the great honour, and the terrifying responsibility, of being his best man today.\n\nFirst, on behalf of the bride and groom, I'd like to thank you all for being here. A special thank you to Fiona's parents for a wonderful day, to the staff here, and to everyone who has travelled so far; I know some of you came all the way from Aberdeen, which frankly is further than Callum has ever travelled for a job.\n\nNow, Callum and I grew up sharing a bedroom, which means I know a lot more about him than he would like. [Childhood story, about a minute.] He's always been practical. At the age of nine he took apart the family Hoover to see how it worked. At the age of ten we got a new Hoover.\n\nWhich brings me to his career. Callum is a plumber, and a very good one. People across the whole of Fife trust him with their pipes. Which makes it all the more remarkable that, three years ago, he flooded his own kitchen. He was fitting a new tap, turned the water back on, and went to make a cup of tea. When he came back, the lino was floating. To this day he insists it was a faulty washer. It was not a faulty washer.\n\nBut the best thing Callum ever did was go to a ceilidh. [Story of meeting Fiona, about a minute.] He says he asked her to dance; Fiona says he fell into her during the Strip the Willow. Either way, she picked him up, and she's been keeping him upright ever since.\n\nFiona, welcome to the family. You're kind, you're clever, and you have the patience of a saint, which you will need, because he still doesn't know where the stopcock is in your new flat.\n\nSo please raise your glasses: to Callum and Fiona."),
            U("explicit", "with the two stories you've left gaps for that's nearly five minutes mate. 3 minutes all in"),
            A("Good evening, everyone. I'm Euan, Callum's brother and, somehow, his best man.\n\nThanks to Fiona's parents for a wonderful day, and to all of you for coming, some of you from as far as Aberdeen, which is further than Callum has ever travelled for a job.\n\nCallum and I shared a bedroom for fifteen years, so I know things. At nine he took the Hoover apart to see how it worked. At ten we got a new Hoover. He's been fixing things ever since, with roughly the same success rate.\n\nCallum is a plumber, and a good one. People all over Fife trust him with their pipes. Which makes it remarkable that three years ago he flooded his own kitchen. He fitted a new tap, turned the water on and went to make a cup of tea. When he came back, the lino was floating. He still says it was a faulty washer. It was not a faulty washer.\n\nThe best thing he ever did was go to a ceilidh. He says he asked Fiona to dance; Fiona says he fell into her during the Strip the Willow. Either way she caught him, and she's kept him upright ever since.\n\nFiona, welcome to the family. You'll need your patience: he still doesn't know where the stopcock is in the new flat.\n\nPlease raise your glasses: to Callum and Fiona."),
            U("acceptance", "aye that's better. the flood bit is gold"),
            A("Leave a beat after \"It was not a faulty washer\". Let them laugh."),
            U("new_task", "can you also do a wee toast line for the end of my dad's speech, he's not a talker"),
            A("Here are three options, depending on his style:\n\n1. Warm: \"Fiona, we couldn't be happier to have you in the family. Please raise your glasses to the bride and groom.\"\n2. Funny: \"I've spent thirty years hoping someone would take Callum off our hands. Fiona, thank you. To the bride and groom!\"\n3. Traditional: \"Lang may yer lum reek. To Callum and Fiona.\"\n\nIf he's nervous, the first is easiest to say from memory. He could also keep it on a card in his jacket pocket, and practise it a couple of times with you the night before."),
            U("repeat_narrow", "just the one line"),
        ],
    },
    # B9 Japan trip: tool call before reply; acceptance, new task, decline offer
    {
        "date": "2026-06-09", "time": "19:30:00", "title": "JR Pass worth it?", "platform": "cli",
        "tools": ["web_search"],
        "steps": [
            U("plain", "Going to Japan for 12 days in April: Tokyo, Kyoto, Hiroshima, back to Tokyo. Is the JR Pass still worth it after the price rise?"),
            T("web_search", {"query": "JR Pass 14 day price yen shinkansen fares Tokyo Kyoto Hiroshima"}, "1. japanrailpass.net: 7-day ordinary 50,000 yen; 14-day 80,000 yen\n2. Shinkansen Tokyo-Kyoto Nozomi reserved approx 14,170 yen\n3. Kyoto-Hiroshima Nozomi reserved approx 11,500 yen\n4. Hiroshima-Tokyo Nozomi reserved approx 19,760 yen"),
            A("Probably not. Your three long trips add up to about ¥45,400 in single tickets (Tokyo to Kyoto about ¥14,170, Kyoto to Hiroshima about ¥11,500, Hiroshima back to Tokyo about ¥19,760). A 14-day pass to cover 12 days is ¥80,000, and even the 7-day pass (¥50,000) would only pay off if you squeezed all three journeys into one week and added a few side trips such as Miyajima or Nara. Buy single tickets instead, and use a Suica or Pasmo card on local trains in each city."),
            U("acceptance", "ok so not worth it. thanks"),
            A("No problem."),
            U("new_task", "Different thing: what's the etiquette with tipping there"),
            A("Don't tip. It isn't expected anywhere, and leaving money on the table can cause confusion, as staff may chase you to return it. Good service is simply part of the job. The exception is a ryokan, where some people leave an envelope for the room attendant, but even that's optional. Would you like a few polite phrases for restaurants?"),
            U("decline_offer", "No, I've got a phrasebook app. Cheers."),
            A("Enjoy the trip."),
        ],
    },
    # B10 bike brakes: reject_approach (don't buy anything), follow-up, acceptance
    {
        "date": "2026-06-10", "time": "07:58:45", "title": "Squealing rim brake", "platform": "telegram",
        "steps": [
            U("plain", "my rear brake on my road bike squeals like mad. rim brakes. what do I do"),
            A("Squealing rim brakes usually mean worn or glazed pads. Replace the pads with a quality cartridge set (Swissstop or Kool-Stop salmon are excellent), and while you're at it consider upgrading the calipers: a pair of Shimano 105 brakes costs around £80 and gives noticeably better modulation and less flex, which is a common cause of squeal."),
            U("reject_approach", "not spending money yet. anything I can try with what I've got?"),
            A("Yes:\n\n1. Clean the rim braking surface with isopropyl alcohol or washing-up liquid and a rag.\n2. Take the pads out and scrape or sand off the shiny glazed layer; pick out any bits of grit or metal.\n3. Toe the pads in: set them so the front edge touches the rim slightly before the back edge."),
            U("followup", "toe-in how much? like how thick is the card"),
            A("About 1 mm at the back: fold a business card once, or use a thin piece of cardboard, between the back of the pad and the rim, then tighten the pad bolt while squeezing the brake."),
            U("acceptance", "sorted, it's silent now. cheers"),
            A("Nice one."),
        ],
    },
    # B11 CV: apologetic owner; tool call (reads file) before the rejected reply; instead; new task
    {
        "date": "2026-06-11", "time": "18:16:09", "title": "Personal statement rewrite", "platform": "cli",
        "tools": ["terminal"],
        "steps": [
            U("plain", "Hi, sorry to bother you. Could you look at ~/Documents/cv_2026.txt and rewrite my personal statement? I'm applying for a junior data analyst role, coming from retail management."),
            T("terminal", {"command": "sed -n 1,40p ~/Documents/cv_2026.txt"}, "SAMIRA HUSSAIN\nPersonal statement\nHard-working store manager with 8 years in retail. Good with people and numbers.\n\nExperience\nStore Manager, Halls Home & Garden, Leicester (2019-present)\n- Built a stock forecasting spreadsheet in Excel (seasonal averages, lookups) that cut over-ordering of garden furniture by 18% in 2024\n- Managed team of 14, rotas and payroll inputs\nAssistant Manager, Halls (2016-2019)\n\nSkills\nExcel (pivot tables, XLOOKUP), Power BI (self-taught, Google course), SQL basics (Khan Academy)"),
            A("Here's a rewrite:\n\n\"Dynamic, results-driven retail leader with eight years of experience and a passion for harnessing the power of data to drive business outcomes. A proactive self-starter with a proven track record of leveraging analytical insights to optimise performance, I thrive in fast-paced environments and am now seeking to pivot into a data analyst role where I can add value from day one.\""),
            U("instead", "Thanks, and sorry to be picky, but could it be less buzzwordy and talk about the stock forecasting spreadsheet instead? That's my only real data thing."),
            A("\"Store manager with eight years in retail, moving into data analysis. At Halls Home & Garden I built an Excel stock forecasting model, using seasonal averages and lookups, that cut over-ordering of garden furniture by 18% in 2024. I've since taught myself Power BI and the basics of SQL, and I'm looking for a junior analyst role where I can do this kind of work full time.\""),
            U("acceptance", "Oh that's so much better. Thank you!"),
            A("You're welcome. Put the 18% near the top of the experience section as well."),
            U("new_task", "Could you also suggest a subject line for emailing it to the recruiter? Sorry, last thing."),
            A("\"Application: Junior Data Analyst, Samira Hussain\"."),
            U("acceptance", "Perfect, thanks again."),
            A("Good luck with the application."),
        ],
    },
    # B12 bird identification: clarifying answer; explicit correction starting with "No"; follow-up
    {
        "date": "2026-06-12", "time": "08:05:52", "title": "Small brown bird on feeder", "platform": "telegram",
        "steps": [
            U("plain", "There's a small brown bird on my feeder with a streaky chest and a bit of red on its face, about sparrow sized, seems to come in little groups. What is it?"),
            A("Whereabouts in the country are you? A few look-alikes depend on region."),
            U("clarify_answer", "Just outside Sheffield, edge of the moors. We get all sorts."),
            A("That sounds like a robin. Robins are very common garden visitors around Sheffield, and their orange-red colouring and small size fit what you describe."),
            U("explicit", "No, it's not a robin, I know a robin. The red is just on its forehead, and the chest is streaky brown."),
            A("Then it's almost certainly a lesser redpoll: a small, streaky brown finch with a red forehead patch, often a black chin, and in males a pinkish flush on the chest in spring. They move around in small flocks and love feeders near birch woodland, which suits the edge of the moors."),
            U("acceptance", "Redpoll, that's it. I've looked at a picture and that's the fellow. Thank you."),
            A("Lovely bird to have visiting."),
            U("followup", "What do they like to eat, so I can keep them coming?"),
            A("Nyjer seed in a special nyjer feeder (it has tiny holes) and sunflower hearts. They also feed on birch and alder seeds, so any birches nearby help."),
            U("acceptance", "Right, I'll get some nyjer."),
            A("Enjoy them."),
        ],
    },
    # B13 leasehold water damage: echo correction, partial second correction, session ends (both chosen null)
    {
        "date": "2026-06-13", "time": "12:47:36", "title": "Leak from flat above", "platform": "telegram",
        "steps": [
            U("plain", "I'm a leaseholder in a flat and I don't have buildings insurance, the freeholder does. Water from the flat above came through my kitchen ceiling. What do I do?"),
            A("Here's how to claim on your buildings insurance:\n\n1. Stop the leak at source; knock on the upstairs door or call the emergency number.\n2. Photograph the damage and keep any receipts for emergency repairs.\n3. Call your insurer's claims line as soon as possible and give them the policy number from your buildings insurance schedule.\n4. They'll usually send a loss adjuster for ceiling damage.\n5. You'll pay the excess on your policy, typically £100-£250."),
            U("echo", "I said I don't have buildings insurance. The freeholder does."),
            A("Sorry. As a leaseholder:\n\n1. Report the leak to the managing agent (or the freeholder) straight away, in writing, with photos.\n2. The ceiling is part of the building, so the claim goes on the freeholder's block policy, and the managing agent makes it.\n3. Your own contents insurance covers your belongings (kitchen items, flooring if it's yours).\n4. You'll need to pay the excess on the block policy before repairs start."),
            U("partial", "OK the managing agent bit is right, but the excess — my lease says the freeholder pays it. Don't tell me I'm paying it."),
        ],
    },
    # B14 wine: clarifying answer starting with "Eight ... no"; repeat_narrow; acceptance
    {
        "date": "2026-06-14", "time": "16:02:19", "title": "Wines for a dinner party", "platform": "cli",
        "steps": [
            U("plain", "Dinner party on Saturday: starter is scallops with pea purée, main is slow-roast lamb shoulder, pudding is lemon tart. Which wines?"),
            A("How many of you will there be? It affects whether one bottle per course is enough."),
            U("clarify_answer", "Eight of us, and no, nobody's teetotal."),
            A("Lovely menu. Some principles first: scallops are sweet and delicate, so they want a crisp white with good acidity and not too much oak; the pea purée adds a green, slightly sweet note that suits Sauvignon-style wines. Slow-roast lamb shoulder is rich and fatty, which calls for a red with firm tannin and some herbal character. Lemon tart is sharp, so the dessert wine must be at least as sweet as the tart or it will taste thin.\n\n**Starter**: Picpoul de Pinet, Albariño from Rías Baixas, Chablis, or a Loire Sauvignon such as Touraine or Sancerre.\n**Main**: Rioja Reserva, Chianti Classico, a Côtes du Rhône Villages, Malbec from Mendoza, or a Douro red.\n**Pudding**: Sauternes or Monbazillac, a late-harvest Riesling, Moscato d'Asti for something lighter, or a Hungarian Tokaji 5 puttonyos.\n\nFor eight people, plan on two bottles each for the starter and main and one half-bottle of dessert wine per four people."),
            U("repeat_narrow", "One bottle per course, please, something I can actually pick up in Waitrose."),
            A("Starter: Picpoul de Pinet. Main: a Rioja Reserva. Pudding: a half of Monbazillac. All three are regular lines in Waitrose; buy two of each of the first two for eight people."),
            U("acceptance", "Perfect. The Picpoul with the scallops is inspired."),
            A("Enjoy Saturday."),
        ],
    },
    # B15 birthday present: "instead" correction, acceptance
    {
        "date": "2026-06-15", "time": "19:11:40", "title": "Present for dad's 70th", "platform": "telegram",
        "steps": [
            U("plain", "need a present for my dad's 70th, he likes fishing and crosswords, budget £50"),
            A("Some ideas for around £50:\n\n1. A good quality landing net\n2. A fishing chair with a rod rest\n3. A tackle box organiser, fully stocked\n4. A day-ticket voucher for a local trout fishery\n5. A heated fishing jacket or thermal flask\n6. A personalised fly box with his initials\n7. A waterproof rod bag\n8. A book such as *The Compleat Angler* in a nice edition"),
            U("instead", "he's got every bit of fishing kit going tbh. something to do with the crosswords instead?"),
            A("- A hardback Chambers Dictionary (the setters' own), with a note inside the cover\n- A year's subscription to a newspaper's puzzle app, like the Times or Guardian puzzles\n- A framed copy of the crossword from the day he was born, from a newspaper archive\n- A book of cryptic crosswords from his favourite paper, with a good pencil"),
            U("acceptance", "the Chambers with a note in it, that's very him. thanks"),
            A("Nice choice."),
        ],
    },
    # B16 espresso: "instead" correction; the retry is accepted by declining an offer
    {
        "date": "2026-06-16", "time": "07:22:05", "title": "Fast espresso shots", "platform": "telegram",
        "steps": [
            U("plain", "my espresso shots are running really fast, like 12 seconds. breville bambino, pre-ground lavazza"),
            A("Grind finer. Move your grinder a couple of steps finer at a time until a double shot (18 g in, about 36 g out) takes 25-30 seconds. Also check your dose, and tamp evenly."),
            U("instead", "I don't have a grinder, it's pre-ground. What can I change instead?"),
            A("With pre-ground coffee, use the dual-wall (pressurised) basket that came with the Bambino, not the single-wall one; it's designed for pre-ground and builds the pressure for you. Fill it to the line, level it, and tamp lightly. If you want to stay with the single-wall basket, buy coffee ground specifically for espresso (fine), not \"all methods\". Want a few tips on steaming milk too?"),
            U("decline_offer", "nope, black coffee only. but I swapped to the dual wall basket and got 26 seconds ☕"),
            A("That's about right."),
        ],
    },
]
