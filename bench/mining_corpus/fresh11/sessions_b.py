"""Format B sessions of the fresh11 corpus (blind author L)."""

FORMAT_B = [
    # B1 Lotto results; echo, repeat_narrow (second), acceptance
    {"date": "2026-09-09", "time": "17:20:10", "title": "Lotto results for the newsletter", "platform": "cli", "steps": [
        ("u", "plain", "Could you write up this week's Lotto for the newsletter? The numbers were 4, 11, 19 and 27. No jackpot winner, so next week's jackpot is €6,200. Match 3 winners were Josie Corley, Ballagh, and Tom Hynes, Kilshanny, €50 each. Keep it the usual way, short."),
        ("a", "LOTTO LUCK!\n\nWell folks, the drums spun again this week and the numbers that came out were 4, 11, 19 and 27. Alas, nobody scooped the big one, so the jackpot rolls on and next week it will be a whopping €6,200 - could it be you?\n\nCongratulations to our two Match 3 winners, Josie Corley from Ballagh and Tom Hynes from Kilshanny, who each take home €50. Treat yourselves!\n\nA huge thank you to everyone who supports the Lotto every week. Every ticket helps the parish, and remember: you have to be in it to win it!"),
        ("u", "echo", "Ah, the usual way, Timmy - short. The way it's always in it."),
        ("a", "LOTTO\nNumbers: 4, 11, 19, 27. No jackpot winner.\nNext week's jackpot: €6,000.\nMatch 3 (€50 each): Josie Corley, Ballagh; Tom Hynes, Kilshanny.\nThank you to all who support the Lotto. Tickets available in Hynes's shop and after all Masses."),
        ("u", "repeat_narrow", "Just the numbers, the jackpot and the two winners, pet. The jackpot is 6,200."),
        ("a", "LOTTO\nNumbers: 4, 11, 19, 27. No jackpot winner.\nNext week's jackpot: €6,200.\nMatch 3 (€50 each): Josie Corley, Ballagh; Tom Hynes, Kilshanny."),
        ("u", "acceptance", "That's the very thing. Marian will be delighted, she's always cutting bits out."),
    ]},

    # B2 evening tablet reminder; reject_approach, clarify_answer, acceptance
    {"date": "2026-09-13", "time": "21:35:02", "title": "Reminder for the night tablet", "platform": "cli", "steps": [
        ("u", "plain", "I keep forgetting the night tablet, the Atorvastatin. Could you remind me somehow at nine o'clock at night?"),
        ("t", "terminal", {"command": "(crontab -l 2>/dev/null; echo '0 21 * * * osascript -e \"display notification \\\"Time for your Atorvastatin\\\" with title \\\"Night tablet\\\" sound name \\\"Glass\\\"\"') | crontab -"}, "", 0),
        ("a", "Done! I've set up a scheduled job on this Mac that will pop up a notification saying 'Time for your Atorvastatin', with a chime, every night at 9pm. It will run every day as long as the computer is switched on and you're logged in."),
        ("u", "reject_approach", "Ah no, not on the computer, Timmy. Sure I'm never near it at night, I'm inside at the fire with the television. Would you take that off again?"),
        ("t", "terminal", {"command": "crontab -l | grep -v 'Atorvastatin' | crontab -"}, "", 0),
        ("a", "I've taken it off the computer. A reminder on your phone would suit you better, since you have it with you in the evening. What kind of phone do you have - an iPhone, or an Android like a Samsung?"),
        ("u", "clarify_answer", "It's the Samsung Aoife gave me at Christmas. The white one."),
        ("a", "On the Samsung you can set a daily alarm with a name on it:\n\n1. Open the Clock app (the white clock face).\n2. Tap the + at the top to add an alarm.\n3. Set it to 9:00 PM.\n4. Tap every day of the week (M T W T F S S) so they're all highlighted.\n5. Tap 'Alarm name' and type Atorvastatin.\n6. Tap Save.\n\nIt will ring every night at nine and show the name on the screen."),
        ("u", "acceptance", "I did it! It says 'Atorvastatin' and all. Aren't you great."),
    ]},

    # B3 headstone transcription; instead, followup, acceptance
    {"date": "2026-09-17", "time": "15:10:40", "title": "Hehir headstone in Kilshanny", "platform": "cli", "steps": [
        ("u", "plain", "I was up in Kilshanny graveyard yesterday and took down the writing on the Hehir headstone. Some of it is worn away. Could you tidy it up for the family book? Here's what I have: 'Erected by Patrick Hehir Carrowkeel in memory of his father Michael died 14 Mar 18?? aged 7? yrs also his mother Bridget died 1899 aged 80 R.I.P.'"),
        ("a", "Here's a tidied version for the family book:\n\nErected by Patrick Hehir, Carrowkeel,\nin memory of his father\nMichael Hehir\ndied 14th March 1887, aged 76 years,\nalso his mother\nBridget Hehir\ndied 1899, aged 80 years.\nR.I.P.\n\nI've filled in the worn parts with the most likely dates so it reads smoothly."),
        ("u", "instead", "Leave the worn bits the way they are on the stone, pet, with a question mark or a gap. I'd only be putting in things we don't know otherwise."),
        ("a", "Here it is with the worn parts left as they are on the stone:\n\nErected by Patrick Hehir, Carrowkeel,\nin memory of his father\nMichael Hehir\ndied 14th March 18??, aged 7? years,\nalso his mother\nBridget Hehir\ndied 1899, aged 80 years.\nR.I.P.\n\n(Worn and illegible figures are shown as ?.)"),
        ("u", "followup", "That's it. Now is there any way I could find out when Michael died, if the stone's no use to me?"),
        ("a", "Yes. If he died in or after 1864, when civil registration of deaths began, his death will be on irishgenealogy.ie for free:\n\n1. Go to irishgenealogy.ie, choose Civil Records, tick Deaths.\n2. Surname Hehir, first name Michael.\n3. Years 1864 to 1899 (the stone says 18??).\n4. Look for deaths registered in Ennistymon district in March, where the age is in his 70s.\n\nThe register gives the exact date, his age and who reported the death - often a son, so Patrick's name might even be on it."),
        ("u", "acceptance", "I'll have a go at that tomorrow, so. Thanks, pet."),
    ]},

    # B4 present for Saoirse; clarify_answer, echo, acceptance
    {"date": "2026-09-20", "time": "12:44:18", "title": "Birthday present for Saoirse", "platform": "telegram", "steps": [
        ("u", "plain", "Saoirse will be twelve on the 3rd of October and I haven't a notion what they like at that age. Any ideas? I'd like to keep it under €40."),
        ("a", "Happy birthday to Saoirse! To help me suggest something she'll really like - what is she into at the moment? Sport, reading, art, music, animals?"),
        ("u", "clarify_answer", "She's mad into the horses. She goes riding in Lisdoonvarna every Saturday, and she reads a lot too."),
        ("a", "A horse lover who reads - lovely! Some ideas:\n\n1. Proper riding boots - around €90\n2. A horse-themed hoodie from the riding school's shop - around €55\n3. A voucher for an extra lesson at the riding school - around €35\n4. A grooming kit in a carry box - around €30\n5. The Pony Club's manual of horsemanship - around €20\n6. A horse riding calendar for next year - around €15\n7. A set of horse-themed novels - around €25\n8. A riding hat cover in her favourite colour - around €12"),
        ("u", "echo", "Under forty, I said, love - the boots alone would be ninety!"),
        ("a", "Sorry! Here are the ideas that are all under €40:\n\n1. A voucher for an extra lesson at the riding school - around €35\n2. A grooming kit in a carry box - around €30\n3. A set of horse novels - around €25\n4. The Pony Club's manual of horsemanship - around €20\n\nThe lesson voucher would probably be the biggest treat for her."),
        ("u", "acceptance", "The voucher for the lesson, that's what I'll do. She'll be thrilled."),
        ("a", "She will! Lisdoonvarna riding school should be able to sell you one over the phone or on a Saturday."),
    ]},

    # B5 minutes of the society meeting; explicit, followup, acceptance
    {"date": "2026-09-24", "time": "10:02:55", "title": "Minutes of the September meeting", "platform": "cli", "steps": [
        ("u", "plain", "Could you type up the minutes of last night's history society meeting from my notes? Here they are: 'Present: 11. Apologies: J. Corley, M. Hynes. Treasurer: €412 in acct. Oct talk confirmed - Dr Ó Dálaigh, 22nd. Outing to Burren Centre Kilfenora in spring - M. to price bus. AOB - Tom raised the old forge sign, to write to Co. Council.'"),
        ("a", "KILSHANNY & DISTRICT LOCAL HISTORY SOCIETY\nMINUTES OF THE MONTHLY GENERAL MEETING\n\n1. ATTENDANCE AND QUORUM\nEleven (11) members were present, constituting a quorum. Apologies were received from J. Corley and M. Hynes.\n\n2. FINANCIAL REPORT\nThe Treasurer reported a balance of €412.00. The report was proposed by T. Nagle, seconded by M. Hynes, and adopted unanimously.\n\n3. PROGRAMME OF EVENTS\nThe Chair confirmed that Dr Ó Dálaigh will address the Society on 22 October.\n\n4. SPRING OUTING\nA motion to organise an outing to the Burren Centre, Kilfenora, was carried.\n\n5. ANY OTHER BUSINESS\nT. raised the matter of the old forge sign.\n\nACTION ITEMS\n| Action | Owner | Deadline |\n| Price coach hire | M. | Next meeting |\n| Write to Clare County Council | Secretary | 30 Sept |"),
        ("u", "explicit", "That's not how we do them at all, Timmy, we're a small society, not the County Council. And nobody proposed or seconded anything - you've Mary Hynes seconding and she wasn't even there!"),
        ("a", "Sorry about that - I shouldn't have added anything that wasn't in your notes. Here they are, plainly:\n\nKilshanny & District Local History Society\nMinutes of meeting held 23rd September\n\nPresent: 11. Apologies: J. Corley, M. Hynes.\n\nTreasurer's report: €412 in the account.\n\nOctober talk: confirmed - Dr Ó Dálaigh, 22nd October.\n\nSpring outing: to the Burren Centre, Kilfenora. M. to get a price for the bus.\n\nAOB: Tom raised the old forge sign. The society will write to the County Council about it."),
        ("u", "followup", "That's grand now. Could you save it as a file I can send on to Tom?"),
        ("t", "terminal", {"command": "mkdir -p ~/Documents/History\\ Society && cat > ~/Documents/History\\ Society/Minutes\\ 23\\ September.txt <<'EOF'\nKilshanny & District Local History Society\nMinutes of meeting held 23rd September\n\nPresent: 11. Apologies: J. Corley, M. Hynes.\n\nTreasurer's report: €412 in the account.\n\nOctober talk: confirmed - Dr Ó Dálaigh, 22nd October.\n\nSpring outing: to the Burren Centre, Kilfenora. M. to get a price for the bus.\n\nAOB: Tom raised the old forge sign. The society will write to the County Council about it.\nEOF\nls ~/Documents/History\\ Society"}, "Minutes 23 September.txt", 0),
        ("a", "Saved as 'Minutes 23 September.txt' in the History Society folder in your Documents. You can attach it to an email to Tom from there."),
        ("u", "acceptance", "Found it, and it's gone to Tom. Thanks pet."),
        ("a", "Great, glad it's gone."),
        ("u", "new_task", "Now, would you tell me Mary Hynes's phone number? You have it in your notes from the summer, I think. I want to tell her she wasn't written down as seconding anything!"),
        ("a", "I have Mary Hynes's mobile in my notes as 087 101 2020."),
        ("u", "acceptance", "That's it. She'll get a great laugh out of it."),
    ]},

    # B6 day trip to the National Library; repeat_narrow, partial (second), acceptance
    {"date": "2026-09-27", "time": "19:12:30", "title": "Day trip to the National Library", "platform": "cli", "steps": [
        ("u", "plain", "I want to go up to Dublin for the day, to the National Library, to look at the old Clare Champion papers. What's the best way to go by bus from Ennistymon? I'd go on a Tuesday."),
        ("t", "web_search", {"query": "Ennistymon to Dublin bus options Ennis Expressway X12 timetable"},
         "Bus Eireann 350 Ennistymon dep 07:10 arr Ennis 07:55. Expressway X12 Ennis - Dublin Busaras direct: Ennis dep 08:15 arr Busaras 11:50; Busaras dep 15:00 arr Ennis 18:35; Busaras dep 17:00 arr Ennis 20:30. 350 Ennis to Ennistymon last departure 19:00 (Mon-Sat), also 18:50. Train: Ennis - Limerick - Limerick Junction - Dublin Heuston. GoBus Galway - Dublin. Citylink Galway - Dublin Airport.", 0),
        ("a", "There are several ways to do it:\n\n1. Bus to Ennis, then the Expressway X12 direct to Busáras in Dublin.\n2. Bus to Ennis, then the train to Limerick, change at Limerick Junction for Dublin Heuston, then the Luas into town.\n3. Bus to Galway on the 350, then GoBus or Citylink from Galway to Dublin.\n4. Bus to Shannon Airport and the airport coach to Dublin.\n\nOption 1 is the most direct by road; option 2 is the most comfortable but needs two changes. All of them are covered by the Free Travel Pass except some private coaches, which may charge a small fee."),
        ("u", "repeat_narrow", "Just the one way to go, Timmy, the simplest."),
        ("a", "The simplest is:\n\nTake the 07:10 Bus Éireann from Ennistymon to Ennis (arrives 07:55), then the 08:15 Expressway X12 from Ennis straight to Busáras in Dublin, arriving at 11:50.\n\nComing home, take the 17:00 X12 from Busáras, which gets into Ennis at 20:30."),
        ("u", "partial", "That's better, one change I can manage. But you have me getting into Ennis at half eight at night, and the last bus out home is gone at seven!"),
        ("a", "You're right, that would leave you stuck in Ennis. Take the 15:00 X12 from Busáras instead. It gets into Ennis at 18:35, in time for the 18:50 bus out to Ennistymon.\n\nSo the day is: 07:10 Ennistymon, 08:15 Ennis, Dublin at 11:50; home on the 15:00 from Busáras and the 18:50 from Ennis."),
        ("u", "acceptance", "That gives me a good few hours in the Library. Grand, that's the plan."),
        ("a", "Enjoy it! Bring your Reader's Ticket if you have one - if not, they'll issue one at the Library on the day with photo ID."),
    ]},

    # B7 hens not laying; clarify_answer, acceptance, new_task, acceptance (no correction)
    {"date": "2026-10-01", "time": "08:50:09", "title": "Hens stopped laying", "platform": "telegram", "steps": [
        ("u", "plain", "The hens have stopped laying and it's only the start of October. Is there anything wrong with them, do you think?"),
        ("a", "It's very common at this time of year, and usually nothing to worry about. The two most likely reasons are the shorter days (hens need about 14 hours of light to lay well) and the autumn moult, when they drop their old feathers and put all their energy into growing new ones.\n\nHow old are they, and have you noticed feathers lying around the run?"),
        ("u", "clarify_answer", "They're two years old, the four of them, and there's feathers all over the run, yes. Poor Henrietta looks half plucked."),
        ("a", "Then it's the moult. At two years old that's exactly what you'd expect in the autumn. It usually lasts 8 to 12 weeks, and they'll start laying again once the new feathers are in, or sometimes not until the days lengthen after Christmas.\n\nA bit of extra protein helps them through it - a handful of dried mealworms, or a layers' feed with a higher protein content. Don't worry about Henrietta; she'll be glossy again in a few weeks."),
        ("u", "acceptance", "That's a relief. I was afraid it was the fox frightening them."),
        ("a", "A fright can put them off laying for a few days, but with the feathers everywhere the moult is the far likelier reason."),
        ("u", "new_task", "While I have you, would you remind me what day the bins changed to? I know I told you before."),
        ("a", "You told me in August that the green recycling bin goes out every second Tuesday, and the black bin is collected on Thursdays. The next green bin Tuesday is the 6th of October."),
        ("u", "acceptance", "The 6th, that's it. I'd forget my head."),
    ]},

    # B8 checking the notices; reject_approach, acceptance, new_task
    {"date": "2026-10-04", "time": "17:33:41", "title": "Checking the notices for mistakes", "platform": "cli", "steps": [
        ("u", "plain", "I have the parish notices typed for the newsletter, it's on the desktop, called 'notices oct'. Would you check it for mistakes for me before I send it to Marian?"),
        ("t", "terminal", {"command": "textutil -convert txt -stdout ~/Desktop/notices\\ oct.docx"}, "PARISH NOTICES\nThe Legion of Mary will meet on Wenesday at 8pm in the sacristy.\nAll are welcome to the Rosary at the Grotto on the Sunday's in October at 3pm.\nThe Parish Office will recieve Mass cards on Tuesday and Friday mornings.\nCongradulations to Eoin and Aisling Corley on the birth of baby Tadhg.\nThe collection for the roof last weekend came to €1,215. Thank you.", 0),
        ("t", "terminal", {"command": "cat > ~/Desktop/notices\\ oct\\ revised.txt <<'EOF'\nPARISH NOTICES - OCTOBER\n\nLegion of Mary: Our weekly meeting takes place this Wednesday at 8pm in the sacristy. New members are always warmly welcomed.\n\nOctober Rosary: Join us at the Grotto at 3pm each Sunday throughout October for the Rosary.\n\nMass Cards: The Parish Office is open to receive Mass cards on Tuesday and Friday mornings.\n\nCongratulations to Eoin and Aisling Corley on the safe arrival of baby Tadhg!\n\nRoof Collection: Thank you for your generosity - last weekend's collection raised €1,215.\nEOF"}, "", 0),
        ("a", "I've gone through the notices and rewritten them so they read more clearly and consistently, with a heading for each item. The new version is saved on your Desktop as 'notices oct revised', beside your own file, so you can send that one to Marian."),
        ("u", "reject_approach", "Ah no, I don't want them all rewritten, pet, Marian has her own way of laying them out and she'd only be cross. Just tell me where the mistakes are and I'll fix them in my own one."),
        ("t", "terminal", {"command": "rm ~/Desktop/notices\\ oct\\ revised.txt"}, "", 0),
        ("a", "Of course - I've deleted the rewritten copy. These are the mistakes in your file:\n\n1. 'Wenesday' should be 'Wednesday'.\n2. 'on the Sunday's in October' should be 'on the Sundays in October' (no apostrophe).\n3. 'recieve' should be 'receive'.\n4. 'Congradulations' should be 'Congratulations'.\n\nEverything else is fine."),
        ("u", "acceptance", "Four mistakes! Marian would have had a field day. Thanks, love, they're fixed."),
        ("a", "You're welcome. They're nice clear notices."),
        ("u", "new_task", "Oh, and would you tell me how many Sundays are left in October after today? For the Rosary."),
        ("a", "Today is Sunday the 4th, so there are three more Sundays in October: the 11th, the 18th and the 25th."),
    ]},

    # B9 tablets for Leeds; explicit, followup, acceptance
    {"date": "2026-10-08", "time": "11:27:15", "title": "Tablets for the trip to Leeds", "platform": "cli", "steps": [
        ("u", "plain", "I'm going to my sister in Leeds for ten days in November. How many of each tablet should I bring? I take the Levothyroxine every morning, the Amlodipine every morning, the Atorvastatin at night, and the Vitamin D on a Sunday."),
        ("a", "For ten days you'll need:\n\n- Levothyroxine: 10 tablets\n- Amlodipine: 10 tablets\n- Atorvastatin: 10 tablets\n- Vitamin D: 10 tablets\n\nIt's a good idea to bring a couple of days' extra of each in case of travel delays, so about 12 of each in total."),
        ("u", "explicit", "You've the Vitamin D wrong there, Timmy. That's only the once a week, on a Sunday - I'd be rattling with ten of them!"),
        ("a", "Sorry, of course. Ten days will take in one Sunday, maybe two depending on the dates. So:\n\n- Levothyroxine: 12 (10 plus 2 spare)\n- Amlodipine: 12 (10 plus 2 spare)\n- Atorvastatin: 12 (10 plus 2 spare)\n- Vitamin D: 2"),
        ("u", "followup", "That's more like it. And will I be alright bringing them on the plane in the handbag?"),
        ("a", "Yes, tablets are fine in your hand luggage. Keep them in their original boxes from the chemist with the labels on, and bring a copy of your prescription or a list from the chemist in case anyone asks. Keep them in the handbag rather than the suitcase, so you have them even if the case goes astray."),
        ("u", "acceptance", "Grand, I'll get Aoife to photocopy the prescription for me. That's a weight off."),
    ]},

    # B10 workhouse opening date; echo, acceptance, new_task (memory)
    {"date": "2026-10-12", "time": "20:05:50", "title": "When did the workhouse open", "platform": "cli", "steps": [
        ("u", "plain", "Someone at the society was saying the Ennistymon workhouse opened in 1845, before the Famine properly hit. Is that right? Could you check it for me - a proper source now, not just any old website."),
        ("t", "web_search", {"query": "Ennistymon workhouse opened year"},
         "1. Clare's Forgotten Places - clarehistoryramblings.wordpress.com - 'The grim Ennistymon workhouse, opened in 1842, ...'\n2. Workhouses of Clare - Clare County Library - clarelibrary.ie - 'Ennistymon Union ... the workhouse was declared fit for the reception of paupers in 1845 and admitted its first inmates ...'\n3. Ennistymon - Irish Workhouse Centre - irishworkhousecentre.ie", 0),
        ("a", "According to a local history blog, Clare's Forgotten Places, the Ennistymon workhouse opened in 1842, so it was a few years earlier than your friend said."),
        ("u", "echo", "A proper source, I said, Timmy, not somebody's blog."),
        ("a", "Fair point. The Clare County Library's page on the workhouses of Clare (clarelibrary.ie) says the Ennistymon workhouse was declared fit to receive paupers in 1845 and took in its first inmates that year. So your friend was right: 1845, just before the Famine. The County Library is a much more reliable source than the blog, which seems to have the date wrong."),
        ("u", "acceptance", "That's the one Eileen will believe, she swears by the County Library. Thanks pet."),
        ("a", "You're welcome - you can quote clarelibrary.ie at the next meeting."),
        ("u", "new_task", "And would you put in your notes that the subs are due at the November meeting? €20 each. I'll be asking you closer to the time."),
        ("t", "memory", {"action": "add", "target": "memory", "content": "History society: annual subs of €20 per member are due at the November meeting. Remind the owner when she asks."}, "Saved to memory.", 0),
        ("a", "Noted: the history society subs, €20 each, are due at the November meeting."),
    ]},
]
