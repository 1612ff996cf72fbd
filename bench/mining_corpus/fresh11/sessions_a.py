"""Format A sessions of the fresh11 corpus (blind author L). Owner: a retired history teacher in north Clare."""

FORMAT_A = [
    # A1 genealogy: 1911 census; decline_offer + question, followup, instead
    {"date": "2026-09-08", "time": "20:14:05", "title": "Patrick Hehir in the 1911 census", "platform": "cli", "steps": [
        ("u", "plain", "Good evening Timmy. I'm getting back to the family tree now that the evenings are drawing in. My grandfather was Patrick Hehir, born around 1881 in Carrowkeel, in the parish of Kilshanny, Co. Clare. Would you be able to tell me where I'd find him in the 1911 census? I have the 1901 one printed out somewhere in the good room, if I could only find it."),
        ("t", "web_search", {"query": "1911 census Ireland search by townland Clare"},
         "1. Census of Ireland 1901/1911 - National Archives of Ireland - census.nationalarchives.ie - Search the 1901 and 1911 census by surname, county, DED and townland. Free to use.\n2. How to search the Irish census - irishgenealogy.ie help pages\n3. Clare County Library - Genealogy - clarelibrary.ie - Census substitutes and links", 0),
        ("a", "The 1911 census is free online at the National Archives: census.nationalarchives.ie.\n\nHere's the easiest way to find him:\n1. Click 'Search Census', choose the year 1911.\n2. Put in Surname: Hehir, County: Clare, Townland/Street: Carrowkeel.\n3. If nothing comes up, leave the townland blank and put Kilshanny in the DED (district electoral division) box instead - spellings of townlands wander a bit.\n\nEach household has a 'Form A' with everyone's name, age, religion, whether they could read and write, and where they were born. You can view the original form the family filled in, in their own handwriting, which is lovely to see.\n\nWould you like me to keep a note of Patrick's details in my memory so we don't have to go over them again?"),
        ("u", "decline_offer", "No, you needn't bother with that, sure I have it all in the copybook. But I found him! He's there with Mary his wife and three small ones. The age says 28 though, and by my reckoning he should be 30. Is that the kind of thing that happens?"),
        ("a", "It happens all the time, so don't let it worry you. Ages in the 1901 and 1911 census are often out by a few years either way. People didn't have birth certificates to hand, the form was often filled in by one person for the whole house, and plenty of people simply weren't sure. (Older people in 1911 were sometimes made out older, because the old age pension had just come in at 70, but that wouldn't apply to a man of 30.)\n\nIf everything else fits - Carrowkeel, Mary, the children - you have the right man."),
        ("u", "followup", "That's a relief. Could you write me a little paragraph about him for the booklet I'm putting together for the grandchildren? From what's in the census, I mean."),
        ("a", "Here's a paragraph for the booklet:\n\nPatrick Hehir was a proud and hard-working farmer of Carrowkeel, a man who loved the land his family had worked for generations. In 1911 he lived with his beloved wife Mary and their three young children in a cosy thatched cottage, where the fire was always lit and neighbours were always welcome. A man of deep faith and few words, he could read and write, and he passed on to his children a love of learning and of the Clare countryside that lives on in his grandchildren today."),
        ("u", "instead", "Ah, that's very flowery, pet, and half of it we don't know at all - I've no notion was it thatched or was he a man of few words. I'd like only what's in the census: his age, Mary, the three children, the farming and that he could read and write."),
        ("a", "Of course - here it is with only what the 1911 census tells us:\n\nIn 1911 Patrick Hehir was living in Carrowkeel, in the parish of Kilshanny, Co. Clare. He was a farmer, and the census gives his age as 28. He lived with his wife Mary and their three young children. Patrick could read and write."),
        ("u", "acceptance", "That's it exactly. Short and true, the way a history should be. Thanks a million, that's me for the evening."),
        ("a", "You're very welcome. Enjoy the rest of your evening, and good luck finding the 1901 printout in the good room!"),
    ]},

    # A2 medication chart; partial (first), followup (print), acceptance
    {"date": "2026-09-11", "time": "09:02:31", "title": "Tablet chart for the fridge", "platform": "telegram", "steps": [
        ("u", "plain", "Good morning. The doctor has changed my tablets again, so I need a new chart for the fridge. Levothyroxine 50 first thing in the morning, Amlodipine 5 in the morning, Atorvastatin 20 at night, and the Vitamin D only on a Sunday. Something simple now, with big writing."),
        ("a", "Here's a simple chart:\n\nMORNING (first thing)\n- Levothyroxine 50mcg\n\nMORNING (with breakfast)\n- Amlodipine 5mg\n- Vitamin D (1 tablet)\n\nNIGHT\n- Atorvastatin 20mg\n\nThis covers every day of the week. Keep it on the fridge where you'll see it at breakfast."),
        ("u", "partial", "That's lovely and clear, and I like how you put the thyroid one on its own. Only the Vitamin D is the Sunday one, the big one - you have it down for every day there."),
        ("a", "You're right, sorry about that. Here's the corrected chart:\n\nMORNING (first thing)\n- Levothyroxine 50mcg\n\nMORNING (with breakfast)\n- Amlodipine 5mg\n\nNIGHT\n- Atorvastatin 20mg\n\nSUNDAYS ONLY (morning)\n- Vitamin D (the big one)"),
        ("u", "followup", "Now that's it. Would you print it out for me? The printer is the Brother one in the back room, it should be on."),
        ("t", "terminal", {"command": "lpstat -p"}, "printer Brother_HL_L2350DW is idle.  enabled since Thu 10 Sep 18:42:11 2026", 0),
        ("t", "terminal", {"command": "printf 'MORNING (first thing)\\n  Levothyroxine 50mcg\\n\\nMORNING (with breakfast)\\n  Amlodipine 5mg\\n\\nNIGHT\\n  Atorvastatin 20mg\\n\\nSUNDAYS ONLY (morning)\\n  Vitamin D\\n' > ~/Documents/tablet_chart.txt && lp -d Brother_HL_L2350DW -o cpi=6 -o lpi=3 ~/Documents/tablet_chart.txt"}, "request id is Brother_HL_L2350DW-112 (1 file(s))", 0),
        ("a", "It's on its way to the Brother printer now, in large print. I also saved a copy as tablet_chart.txt in your Documents folder in case you want another one later."),
        ("u", "acceptance", "It's out, and the writing is grand and big. Thanks, love."),
        ("a", "You're welcome. It's up to the fridge with it now!"),
        ("u", "new_task", "While I think of it, what time does the chemist in Ennistymon close on a Saturday? I've to collect the new box of the thyroid ones."),
        ("t", "web_search", {"query": "pharmacy Ennistymon Main Street opening hours Saturday"}, "Ennistymon Pharmacy, Main Street, Ennistymon - Opening hours: Mon-Fri 9:00-18:00, Sat 9:30-13:00, Sun closed.", 0),
        ("a", "The chemist on Main Street is open from half nine to one o'clock on a Saturday, so you'd want to be in before one."),
        ("u", "acceptance", "Before one. Grand, I'll go in after the market."),
    ]},

    # A3 bus to Galway; repeat_narrow, followup with new constraint, acceptance, decline_offer
    {"date": "2026-09-15", "time": "10:40:12", "title": "Bus to Galway on Thursday", "platform": "cli", "steps": [
        ("u", "plain", "I'm going up to Galway on Thursday to see Aoife and the children. Could you find out the bus from Ennistymon for me? I'd want to be there before dinner time, say one o'clock."),
        ("t", "web_search", {"query": "Bus Eireann 350 timetable Ennistymon to Galway weekday"},
         "Route 350 Ennis - Ennistymon - Lisdoonvarna - Galway (Mon-Sat). Ennistymon (Main St) dep: 07:25, 09:40, 12:15, 15:30, 17:50. Galway Coach Station arr: 09:30, 11:45, 14:20, 17:35, 19:55. Galway dep: 08:00, 10:30, 13:00, 15:30, 18:00. Ennistymon arr: 10:05, 12:35, 15:05, 17:35, 20:05. Sundays: Ennistymon dep 10:50, 16:50.", 0),
        ("a", "Here is the full 350 timetable between Ennistymon and Galway:\n\nMonday to Saturday, Ennistymon to Galway:\n- 07:25 arr 09:30\n- 09:40 arr 11:45\n- 12:15 arr 14:20\n- 15:30 arr 17:35\n- 17:50 arr 19:55\n\nGalway to Ennistymon:\n- 08:00 arr 10:05\n- 10:30 arr 12:35\n- 13:00 arr 15:05\n- 15:30 arr 17:35\n- 18:00 arr 20:05\n\nSundays: Ennistymon departures at 10:50 and 16:50.\n\nThe bus goes by Lisdoonvarna and Ballyvaughan and along the coast by Kinvara, so it's a scenic run. Your Free Travel Pass is valid on it. The Ennistymon stop is on Main Street."),
        ("u", "repeat_narrow", "Just the one that'd get me in before one, pet."),
        ("a", "The 09:40 from Main Street in Ennistymon. It gets into Galway Coach Station at 11:45."),
        ("u", "followup", "Grand. And coming home, I'd need to be back in Ennistymon before dark - Seán won't collect me from the bus after seven."),
        ("a", "Then take the 15:30 from Galway Coach Station. It gets into Ennistymon at 17:35, well before seven. (The next one, at 18:00, wouldn't get in until after eight.)"),
        ("u", "acceptance", "Perfect. The half three it is, so."),
        ("a", "Lovely. Would you like me to put a reminder about Thursday in my notes?"),
        ("u", "decline_offer", "No, I won't forget it, don't worry - sure they'll be ringing me all week to make sure I'm coming!"),
    ]},

    # A4 newsletter cake sale; explicit, partial (second), acceptance
    {"date": "2026-09-19", "time": "16:22:48", "title": "Cake sale notice", "platform": "cli", "steps": [
        ("u", "plain", "Father Considine wants a small notice in Sunday's newsletter about the cake sale after the 11 Mass on the 4th of October, in aid of the new roof. Tea will be served in the hall. Could you write it? It has to fit in the small box on the back page, a few lines only."),
        ("a", "🎂 CAKE SALE FOR THE ROOF FUND! 🎂\n\nCalling all bakers and cake lovers! On Sunday the 4th of October, after the 11 o'clock Mass, we will be holding a grand cake sale in aid of our new church roof. Whether you're famous for your brown bread, your apple tarts or your Victoria sponge, we'd love your contributions - please drop them into the sacristy before Mass.\n\nAnd of course, come along and buy! Every euro raised goes directly towards keeping our beautiful church dry for generations to come.\n\nTea and coffee will be served in the parish hall, so bring a friend and make a morning of it. See you all there! ☕"),
        ("u", "explicit", "That's far too long for the box, Timmy. And I don't think Father Considine would be too fond of the little pictures either."),
        ("a", "CAKE SALE\nSunday 4th October after the 9 o'clock Mass, in aid of the new church roof.\nDonations of baking welcome.\nAll support appreciated."),
        ("u", "partial", "Better, that would fit. But it's after the 11 Mass, not the 9, and you've left out the tea in the hall."),
        ("a", "CAKE SALE\nSunday 4th October after the 11 o'clock Mass, in aid of the new church roof.\nTea served in the hall. Donations of baking welcome."),
        ("u", "acceptance", "That'll do lovely. I'll send it on to Marian for the typing."),
        ("a", "Great - I hope the sale goes well."),
        ("u", "new_task", "Oh, and Father Considine asked could we put in that the Credit Union will be closed on the bank holiday Monday, the 26th of October. Just a line."),
        ("a", "The Credit Union will be closed on Monday 26th October (bank holiday)."),
        ("u", "acceptance", "That's it. Short and sweet."),
    ]},

    # A5 slugs and the hedgehog; echo, followup, decline_offer
    {"date": "2026-09-22", "time": "11:05:19", "title": "Slugs on the hostas", "platform": "cli", "steps": [
        ("u", "plain", "The slugs have the hostas destroyed again this year, they're like lace. What would you do? I'd rather not use the pellets at all, on account of the hedgehog - we've one that comes in under the gate most nights and I'd hate anything to happen him."),
        ("a", "Slugs love hostas, unfortunately! The most reliable fix is slug pellets. If you scatter them very thinly - a pellet every 10 to 15 cm rather than in heaps - and tuck them under a slate or a bit of broken pot, the hedgehog is much less likely to come across them. Ferric phosphate ones are the gentler kind. Put them down in the evening, as that's when the slugs are out."),
        ("u", "echo", "But I said I'd rather not use the pellets at all, pet. On account of the hedgehog."),
        ("a", "Sorry, you did. Here are ways to protect the hostas without any pellets:\n\n1. Copper tape around the pots - slugs won't cross it.\n2. A ring of sharp grit or crushed eggshells around plants in the ground.\n3. Go out with a torch after dark, or after rain, and pick them off. It's the most effective thing of all.\n4. Beer traps - a jam jar sunk into the soil, half full of beer.\n5. Keep the hedgehog coming! He eats slugs himself, and so do frogs and thrushes.\n\nHostas in pots are much easier to protect than ones in the ground, if you have a few to spare."),
        ("u", "followup", "I tried the beer traps last year, and I think it's himself that drank it! I'll try the copper. Where would I get that around here?"),
        ("a", "Most garden centres and hardware shops have copper slug tape - the one in Ennistymon may well have it, and the garden centre in Ennis certainly would. It comes in a roll, sticky on one side, and you just wrap it round the pot below the rim.\n\nWould you like me to search for whether the Ennistymon hardware stocks it?"),
        ("u", "decline_offer", "No, don't mind, I'll ask Tommy in the hardware when I'm in for the briquettes on Friday."),
        ("a", "Grand. Good luck with the hostas, and give my regards to the hedgehog."),
    ]},

    # A6 1916 project for Oisin; repeat_narrow, followup, acceptance
    {"date": "2026-09-26", "time": "18:31:57", "title": "1916 facts for Oisin", "platform": "telegram", "steps": [
        ("u", "plain", "Oisín has a project for school on the 1916 Rising. He's in 3rd class, so he's only nine. Could you give me a few simple facts he could use? Nothing too gory now."),
        ("a", "Here is an overview of the 1916 Rising:\n\nThe Easter Rising began on Easter Monday, 24 April 1916, when around 1,600 members of the Irish Volunteers and the Irish Citizen Army seized key buildings in Dublin, including the General Post Office on Sackville Street. Patrick Pearse read the Proclamation of the Irish Republic outside the GPO. The seven signatories were Thomas Clarke, Seán Mac Diarmada, Thomas MacDonagh, Patrick Pearse, Éamonn Ceannt, James Connolly and Joseph Plunkett.\n\nThe British Army responded with artillery, and the gunboat Helga shelled the city centre. After six days of fighting, and with much of Sackville Street in ruins, Pearse surrendered on 29 April. Around 485 people were killed, more than half of them civilians, and over 2,600 were wounded. Between 3 and 12 May, fifteen leaders were executed by firing squad at Kilmainham Gaol; James Connolly, too badly wounded to stand, was tied to a chair. The executions turned public opinion and led to the rise of Sinn Féin and the War of Independence."),
        ("u", "repeat_narrow", "Just five or six short sentences he could read himself, pet."),
        ("a", "1. The Easter Rising happened in Dublin at Easter in 1916.\n2. A group of Irish people wanted Ireland to be free from British rule.\n3. They took over big buildings, like the General Post Office (the GPO).\n4. Patrick Pearse read out a special letter called the Proclamation.\n5. The Rising lasted six days.\n6. Today we remember it as an important step towards Irish independence."),
        ("u", "followup", "That's the job, he'll be well able for that. Could you think of a picture he could draw to go with it?"),
        ("a", "He could draw the GPO on O'Connell Street with its big columns at the front and a green flag flying from the roof, with the words 'Irish Republic' on it. If he likes, he could add Patrick Pearse standing out the front reading the Proclamation from a big sheet of paper."),
        ("u", "acceptance", "Lovely, he's mad for drawing, that'll keep him going for the evening. Thanks pet."),
        ("a", "You're welcome - I hope he enjoys it."),
        ("u", "new_task", "Oh, and Saoirse was asking me what 'Sinn Féin' means, she heard it on the news. How would I put it simply for a twelve-year-old?"),
        ("a", "'Sinn Féin' is Irish for 'We Ourselves'. You could tell her that the name was chosen to say that Irish people should run their own affairs themselves, and that today it's the name of a political party."),
    ]},

    # A7 history society poster; reject_approach, followup (new detail), acceptance
    {"date": "2026-09-29", "time": "14:12:03", "title": "Poster for the workhouse talk", "platform": "cli", "steps": [
        ("u", "plain", "The history society has a talk on Thursday the 22nd of October at 8 in the community centre. Dr Niamh Ó Dálaigh on 'The Ennistymon Workhouse in the Famine Years'. Admission €5, tea afterwards. Could you help me make a poster for it?"),
        ("t", "terminal", {"command": "cat > ~/Desktop/poster.html <<'EOF'\n<html><head><style>body{font-family:Georgia;text-align:center;background:#f4efe4}h1{font-size:48pt;color:#4a3b2a}</style></head><body><h1>The Ennistymon Workhouse in the Famine Years</h1><h2>Dr Niamh Ó Dálaigh</h2><p>Thursday 22 October, 8pm, Community Centre</p><p>Admission €5 - Tea afterwards</p><p>Kilshanny &amp; District Local History Society</p></body></html>\nEOF\nopen ~/Desktop/poster.html"}, "", 0),
        ("a", "I've made the poster as a web page and opened it in Safari for you - it's saved as poster.html on your Desktop. To print it, press Cmd+P in Safari. If you want to change the colours or the size of the writing, open the file in TextEdit and change the values in the <style> section at the top (for example, font-size:48pt for the title)."),
        ("u", "reject_approach", "Ah Timmy, I wouldn't know what to do with that html business at all, and I'd be afraid I'd break it. Could you just give me the words and I'll do it up in Word the way I always do?"),
        ("a", "Of course. Here are the words, laid out the way they'd go on the poster:\n\nKilshanny & District Local History Society\n\nThe Ennistymon Workhouse in the Famine Years\n\nA talk by Dr Niamh Ó Dálaigh\n\nThursday 22nd October at 8pm\nCommunity Centre\n\nAdmission €5 - Tea afterwards\nAll welcome"),
        ("u", "followup", "Lovely. Oh - Dr Ó Dálaigh's just emailed to say she'll be bringing copies of her book to sell on the night as well. Could you put that in at the bottom?"),
        ("a", "Here it is with the book added at the bottom:\n\nKilshanny & District Local History Society\n\nThe Ennistymon Workhouse in the Famine Years\n\nA talk by Dr Niamh Ó Dálaigh\n\nThursday 22nd October at 8pm\nCommunity Centre\n\nAdmission €5 - Tea afterwards\nAll welcome\n\nCopies of Dr Ó Dálaigh's book will be on sale on the night."),
        ("u", "acceptance", "Grand job, that's it now. I'll have it up in the shop windows by Saturday."),
    ]},

    # A8 marriage record; reject_approach (paid sites), followup (memory), acceptance
    {"date": "2026-10-03", "time": "21:08:44", "title": "Marriage of Patrick and Mary", "platform": "cli", "steps": [
        ("u", "plain", "I'm trying to find the marriage of Patrick Hehir and Mary Considine. It'd be about 1903 or 1904, in Kilshanny or Ennistymon. Where would I look for that?"),
        ("a", "For an Irish marriage in 1903-1904, the best places are the big genealogy sites:\n\n1. Ancestry.ie - sign up for a subscription (around €20 a month), then search 'Irish Civil Registration Marriages'.\n2. FindMyPast - it has the Catholic parish registers, with a subscription.\n3. RootsIreland.ie - run by the county heritage centres; you buy credits to view each record.\n\nI'd start with Ancestry, as it usually has the widest coverage, and most offer a 14-day free trial if you remember to cancel."),
        ("u", "reject_approach", "I don't want to be paying for any of those websites, Timmy, and I'd never remember to cancel a trial. Isn't there the free one the government has?"),
        ("a", "Yes - irishgenealogy.ie, run by the Department, is completely free, and it has the civil marriage records for those years with images of the original register.\n\n1. Go to irishgenealogy.ie and choose 'Civil Records'.\n2. Tick 'Marriages', put Hehir in the surname box and Patrick as first name.\n3. Set the years from 1902 to 1905.\n4. Look for the Ennistymon registration district.\n\nThe marriage will also be indexed under Mary Considine, so you can check from her side too."),
        ("u", "followup", "I have it! The 9th of February 1904, in Kilshanny chapel. Her father was Michael Considine, a farmer. Would you keep a note of that for me this time?"),
        ("t", "memory", {"action": "add", "target": "memory", "content": "Family tree: Patrick Hehir (owner's grandfather, b. c.1881 Carrowkeel) married Mary Considine on 9 Feb 1904 in Kilshanny chapel. Mary's father: Michael Considine, farmer. Source: civil marriage record, irishgenealogy.ie."}, "Saved to memory.", 0),
        ("a", "Saved: Patrick Hehir married Mary Considine on 9 February 1904 in Kilshanny chapel; her father was Michael Considine, farmer. Well found!"),
        ("u", "acceptance", "That's a good night's work. Thanks, pet."),
    ]},

    # A9 Sunday bus to Lahinch; explicit, followup, acceptance
    {"date": "2026-10-06", "time": "19:47:26", "title": "Sunday bus to Lahinch", "platform": "telegram", "steps": [
        ("u", "plain", "Is there a bus on a Sunday from Ennistymon to Lahinch? The active retirement group have a walk on the prom next Sunday morning."),
        ("t", "web_search", {"query": "bus Ennistymon to Lahinch timetable"},
         "Route 350 Ennis - Ennistymon - Lahinch - Cliffs of Moher. Mon-Sat Ennistymon dep: 08:05, 10:20, 13:35, 17:10 (Lahinch 5 min later). Sun Ennistymon dep: 10:50, 16:50 (Lahinch 10:56, 16:56).", 0),
        ("a", "Yes, the 350 goes from Ennistymon to Lahinch. It leaves Ennistymon at 08:05, 10:20, 13:35 and 17:10, and it's only about five minutes to Lahinch."),
        ("u", "explicit", "That's not right, pet - I think those are the Monday to Saturday times. It's the Sunday I'm asking about."),
        ("a", "Sorry, you're right, those were the weekday times. On a Sunday there are only two: 10:50 from Ennistymon (in Lahinch at 10:56) and 16:50 (in Lahinch at 16:56)."),
        ("u", "followup", "The 10:50 would do me. Will they take my free travel pass on that one?"),
        ("a", "Yes, the Free Travel Pass is accepted on all Bus Éireann services, including the 350, so just show it to the driver."),
        ("u", "acceptance", "Good, I'd hate to be caught out in front of the whole group. Thank you."),
        ("a", "You're welcome. Enjoy the walk!"),
        ("u", "new_task", "And what's the forecast for Lahinch on Sunday? I'll need to know whether it's the good coat or the rain jacket."),
        ("t", "web_search", {"query": "Met Eireann forecast Lahinch Clare this week"}, "Lahinch 7-day forecast: Wed showers 13C, SW winds; Thu heavy rain 12C; Fri bright spells 13C; Sat rain later 12C; Sun morning dry, cloudy 12C, rain from 2pm, fresh W winds; Mon showers 11C; Tue dry 12C.", 0),
        ("a", "Here's the week in Lahinch:\n\n- Wednesday: showers, 13°C\n- Thursday: heavy rain, 12°C\n- Friday: bright spells, 13°C\n- Saturday: rain later, 12°C\n- Sunday: dry and cloudy in the morning, 12°C, rain from about 2pm, fresh westerly wind\n- Monday: showers, 11°C\n- Tuesday: dry, 12°C"),
        ("u", "repeat_narrow", "Just the Sunday morning, pet, that's all I'm out for."),
        ("a", "Sunday morning should be dry and cloudy, about 12°C, with a fresh westerly wind off the sea. The rain isn't due until around two o'clock."),
        ("u", "acceptance", "Dry till dinner time, thanks be to God. The good coat, so, and a scarf for the wind."),
    ]},

    # A10 seed potatoes; instead, followup, acceptance
    {"date": "2026-10-10", "time": "10:15:33", "title": "Early potatoes for the spring", "platform": "cli", "steps": [
        ("u", "plain", "I'd like to put in a few drills of early potatoes in the spring. What would do well here? We get a fair bit of wind and rain off the Atlantic."),
        ("a", "Great project! Here's an overview of potato varieties suited to a wet, windy west of Ireland garden:\n\nFirst earlies (ready in 10-12 weeks):\n- Home Guard: an old Irish favourite, floury, good early crop\n- Duke of York: yellow flesh, lovely flavour\n- Sharpe's Express: very old variety, floury\n- Orla: good blight resistance, an organic growers' choice\n- Red Duke of York: red skin\n\nSecond earlies (13-15 weeks):\n- Charlotte: waxy salad potato\n- British Queen: the classic floury Irish potato\n- Kestrel: good slug resistance\n\nThings to consider: blight resistance (essential in a wet climate), slug resistance, whether you prefer floury or waxy, and how much space you have. Sarpo varieties are very blight resistant but are maincrops. You might also want to look at the Irish Seed Savers Association in Scarriff, who keep heritage varieties."),
        ("u", "instead", "That's a lot to be choosing from, pet. I'd rather you just picked the one for me, the way my mother would have."),
        ("a", "Then go with Home Guard. It's an old Irish first early, it does well in wet western gardens, and it gives a good floury potato early in the summer before the blight gets going."),
        ("u", "followup", "Home Guard! That's what my father grew, God rest him. When would I be planting them?"),
        ("a", "Buy the seed potatoes in February and stand them in egg boxes on a bright windowsill to sprout (chitting). Plant them out around St Patrick's Day or the end of March, once the ground isn't waterlogged. You should be digging them by late June."),
        ("u", "acceptance", "St Patrick's Day, the old rule. Lovely, I'll put it on the calendar."),
        ("a", "The old rules are often the best. Would you like me to remind you in February to get the seed potatoes?"),
        ("u", "decline_offer", "Nah, they'll be in the window of the co-op in Ennistymon, I couldn't miss them if I tried."),
    ]},
]
