"""Format E sessions of the fresh11 corpus (blind author L): event logs, one session per date."""

FORMAT_E = {
    # E1 apple tree for Oisin; clarify_answer, echo, partial (second), acceptance
    "2026-09-10": {"role": "timmy", "steps": [
        ("u", "plain", "I'd like to plant an apple tree for Oisín in the back garden, so he can pick apples off it when he's older. Could you find out when the garden centre does the bare-root trees? An Irish variety if I can, something old."),
        ("a", "What a lovely idea. Which garden centre do you usually go to - the one in Ennis, or somewhere nearer home?"),
        ("u", "clarify_answer", "The one in Ennis, out the Gort road. I get the bus out and Seán collects me with the stuff."),
        ("d", "Search the web for varieties and the garden centre", "Owner wants timing and variety; both need current information"),
        ("t", "web_search", {"query": "apple tree varieties for Irish gardens bare root"}, "Best apple trees for Irish gardens: Bramley's Seedling (cooker), Granny Smith, Cox's Orange Pippin, Discovery, Elstar. Irish heritage apples: Irish Peach, Kerry Pippin, Ard Cairn Russet, Ballyfatten, Gibbon's Russet - Irish Seed Savers Association, Scarriff.", 0),
        ("a", "For a good reliable tree, I'd suggest a Bramley's Seedling, the classic cooking apple, or a Granny Smith for eating. Both grow well in Ireland and are easy to find in garden centres."),
        ("u", "echo", "An Irish variety, I said, pet - something old."),
        ("a", "Sorry, I missed that. Some old Irish varieties that would suit a Clare garden:\n\n- Irish Peach: an early eating apple, very old, lovely flavour, ready in August.\n- Kerry Pippin: a small, sweet eating apple.\n- Ard Cairn Russet: a russet from Cork, good in the west.\n\nThe Irish Seed Savers Association in Scarriff, here in Clare, grows all of these and sells them bare-root."),
        ("u", "partial", "Now you're talking, the Irish Peach! The name alone. But you never said when the garden centre has the bare-root ones in."),
        ("t", "web_search", {"query": "Ennis garden centre bare root fruit trees season"}, "Ennis Garden Centre, Gort Road - Bare-root fruit trees and hedging in stock from mid-November to March. Heritage Irish apple varieties from Irish Seed Savers available to order.", 0),
        ("a", "The garden centre on the Gort Road has bare-root fruit trees in from mid-November until March, and they can order Irish Seed Savers varieties in for you, so ask them for an Irish Peach. Bare-root trees go in any time over the winter when the ground isn't frozen or waterlogged."),
        ("u", "acceptance", "Mid-November, grand. I'll ring them to order it and we'll plant it together when he's down at Christmas."),
        ("a", "That will be a lovely thing for the two of you to do together."),
    ]},

    # E2 surgery and fasting; decline_offer (with a question), instead, acceptance
    "2026-09-23": {"role": "timmy", "steps": [
        ("u", "plain", "Could you ring the surgery for me and make the appointment for the blood test? Dr Murphy wants it fasting."),
        ("e", "No telephony integration configured", "Owner asked to place a phone call to the GP surgery"),
        ("a", "I'm not able to make phone calls from the computer, I'm afraid. I could write an email to the surgery asking for a fasting blood test appointment, if you give me their address - would you like me to do that?"),
        ("u", "decline_offer", "No, they never read the emails in that place. I'll ring them myself in the morning. But tell me, does fasting mean I can't have the tea?"),
        ("a", "It depends a little on the lab. Fasting usually means nothing to eat or drink except water for 8 to 12 hours. Some guidance allows black tea or coffee without milk or sugar, since they contain few calories, but others advise against it because caffeine might slightly affect some results, such as glucose. Milk would definitely break the fast because of the fat and sugar in it. It's probably best to check with the surgery when you ring, because different practices and labs have slightly different rules, and it also depends on which tests Dr Murphy has asked for - a cholesterol test and a glucose test can have different requirements."),
        ("u", "instead", "I'd rather a plain answer than all that, pet - the way the nurse would say it to me at the hatch."),
        ("a", "No tea. Only water from midnight until after the blood test. Have your tea and breakfast straight after."),
        ("u", "acceptance", "Right so, no tea. I'll bring a flask and have it in the car park after."),
    ]},

    # E3 membership list; reject_approach, partial (second), acceptance
    "2026-10-02": {"role": "assistant", "steps": [
        ("u", "plain", "The society's membership list is in the old Excel file 'members 2025.xls' in my Documents. Could you tell me who hasn't paid this year?"),
        ("t", "terminal", {"command": "head -c 300 ~/Documents/members\\ 2025.xls"}, "\u00d0\u00cf\u00e0\u00a1\u00b1\u00e1 [binary data: OLE2 compound document, 28160 bytes]", 0),
        ("e", "Cannot read legacy .xls as text", "members 2025.xls is an OLE2 binary spreadsheet"),
        ("d", "Install xlrd with pip to read the file", "No built-in tool reads legacy .xls on the command line"),
        ("t", "terminal", {"command": "pip3 install --user xlrd pandas && python3 -c \"import pandas as pd; d=pd.read_excel('/Users/bridget/Documents/members 2025.xls'); print(d[d['Paid 2026'].isna()][['Name']].to_string(index=False))\""}, "Successfully installed numpy-2.1.1 pandas-2.2.3 python-dateutil-2.9.0 pytz-2024.2 tzdata-2024.2 xlrd-2.0.1\n            Name\n     Nora Corley\n     Tom Nagle\n     Eileen Daly\n     Michael Hynes\n     Peg Considine\n     Seán Walsh\n     Josie Queally", 0),
        ("a", "I installed a couple of Python packages (pandas and xlrd) so I could read the old Excel file. Seven members haven't paid for this year: Nora Corley, Tom Nagle, Eileen Daly, Michael Hynes, Peg Considine, Seán Walsh and Josie Queally."),
        ("u", "reject_approach", "Oh, I'd rather you didn't go installing things on the computer, Timmy. Aoife set it all up for me and she'd go mad. Take them off, and could you not just open it the normal way?"),
        ("t", "terminal", {"command": "pip3 uninstall -y xlrd pandas numpy python-dateutil pytz tzdata"}, "Successfully uninstalled xlrd-2.0.1\nSuccessfully uninstalled pandas-2.2.3\nSuccessfully uninstalled numpy-2.1.1\nSuccessfully uninstalled python-dateutil-2.9.0\nSuccessfully uninstalled pytz-2024.2\nSuccessfully uninstalled tzdata-2024.2", 0),
        ("d", "Use Numbers, which is already installed, to export the sheet to CSV", "Owner does not want software installed"),
        ("t", "terminal", {"command": "osascript -e 'tell application \"Numbers\" to export (open POSIX file \"/Users/bridget/Documents/members 2025.xls\") to POSIX file \"/tmp/members.csv\" as CSV' && cat /tmp/members.csv"}, "Name,Phone,Paid 2026,Notes\nNora Corley,065 707 1234,,cash 13/9\nTom Nagle,087 123 4567,,cash 13/9\nEileen Daly,086 555 0101,,\nMichael Hynes,087 222 3344,,\nPeg Considine,065 707 9876,,\nSeán Walsh,086 444 1212,,\nJosie Queally,087 999 0000,,\nMary Hynes,087 101 2020,yes,\nJimmy Corley,065 707 3030,yes,", 0),
        ("a", "I've taken the packages off again, so the computer is as Aoife left it. This time I opened the file with Numbers, which was already on the Mac. The seven with nothing in the 'Paid 2026' column are: Nora Corley, Tom Nagle, Eileen Daly, Michael Hynes, Peg Considine, Seán Walsh and Josie Queally."),
        ("u", "partial", "That's better, and nothing installed. But Nora Corley and Tom paid me in cash at the last meeting - I wrote 'cash' beside them in the notes column."),
        ("a", "You're right, the notes column says 'cash 13/9' beside both of them. So only five haven't paid: Eileen Daly, Michael Hynes, Peg Considine, Seán Walsh and Josie Queally."),
        ("u", "acceptance", "Five. That's more like it. I'll catch them at the November meeting."),
    ]},

    # E4 Irish for the birthday card; explicit, acceptance, new_task
    "2026-10-14": {"role": "timmy", "steps": [
        ("u", "plain", "How would I say 'Happy birthday, my darling girl, love from Nana' in Irish? For Saoirse's card."),
        ("a", "In Irish: 'Breithlá sona, mo chailín daor, grá ó Nana.'"),
        ("u", "explicit", "Ah now, 'daor' is dear as in expensive, pet! That's not right at all - she's not that dear, God help us."),
        ("a", "You're quite right, 'daor' means dear in price. The natural way to say it is: 'Breithlá sona duit, a stór. Le grá ó Nana.' 'A stór' means 'my treasure' or 'my darling', and it's what you'd say to a child."),
        ("u", "acceptance", "That's lovely. A stór is what my own mother called me."),
        ("a", "Then it's perfect for the card."),
        ("u", "new_task", "While you're there, what's the address of the post office in Ennistymon? I want to send the card registered."),
        ("t", "web_search", {"query": "Ennistymon post office address"}, "An Post - Ennistymon Post Office, Main Street, Ennistymon, Co. Clare V95 ... Opening hours Mon-Fri 9:00-17:30, Sat 9:00-13:00.", 0),
        ("a", "It's on Main Street, Ennistymon. It's open from 9 to half five on weekdays, and 9 to 1 on Saturdays."),
    ]},

    # E5 eye clinic in Limerick; clarify_answer, repeat_narrow, followup, acceptance
    "2026-10-27": {"role": "assistant", "steps": [
        ("u", "plain", "I've to go to Limerick for the eye clinic at the hospital on Monday the 16th of November at half two. How would I get there on the bus?"),
        ("a", "Is the appointment at University Hospital Limerick in Dooradoyle, or at the eye clinic in St John's in the city?"),
        ("u", "clarify_answer", "The University Hospital, the big one out in Dooradoyle."),
        ("t", "web_search", {"query": "Ennistymon to University Hospital Limerick bus 350 343 304 timetable"}, "350 Ennistymon dep 10:40 arr Ennis 11:25. 343 Ennis - Shannon - Limerick: Ennis dep 11:45 arr Limerick Colbert Station 12:50. 304 Limerick Colbert - UHL Dooradoyle every 20 min, journey 20 min. Return: UHL dep 16:30/17:00 arr Colbert 17:20; 343 Colbert dep 17:30 arr Ennis 18:35; 350 Ennis dep 18:50 arr Ennistymon 19:35. Taxi Limerick city - UHL approx €15. Train Limerick - Ennis dep 17:40 arr 18:20.", 0),
        ("a", "Here's how to get there by public transport:\n\nOutbound: Bus Éireann 350 from Ennistymon at 10:40, arriving at Ennis bus station at 11:25. From Ennis, take the 343 via Shannon at 11:45, which arrives at Limerick Colbert Station at 12:50. From Colbert Station, the 304 city bus runs to University Hospital Limerick every 20 minutes and takes about 20 minutes. Alternatively, a taxi from Colbert Station to the hospital costs around €15.\n\nThere's also a train from Ennis to Limerick, and the 343 passes Shannon Airport, which adds time but is scenic.\n\nReturn: the 304 from the hospital at 16:30 or 17:00 to Colbert Station, the 343 at 17:30 to Ennis, then the 350 at 18:50, arriving back in Ennistymon at 19:35. The train from Limerick at 17:40 is an alternative to Ennis.\n\nAll of these are covered by your Free Travel Pass."),
        ("u", "repeat_narrow", "Just what time I'd leave Ennistymon, pet, and where I change."),
        ("a", "Leave Ennistymon at 10:40. Change at Ennis bus station onto the 343 for Limerick, then change at Colbert Station in Limerick onto the 304 for the hospital. You'd be at the hospital around half one."),
        ("u", "followup", "And coming home? They said I'd be there a couple of hours, with the drops in my eyes."),
        ("a", "If you're finished by half four, take the 304 back to Colbert Station, then the 17:30 bus to Ennis, and the 18:50 from Ennis home - you'd be in Ennistymon at 19:35. With the drops in your eyes, you might ask one of the nurses to point you to the bus stop, or take a taxi from the hospital to Colbert Station (about €15) to be safe."),
        ("u", "acceptance", "That's great. I'll ask Seán would he collect me in Ennis, but at least I know the way now."),
    ]},

    # E6 'Did you know?' on the West Clare railway; echo, acceptance, decline_offer
    "2026-11-03": {"role": "timmy", "steps": [
        ("u", "plain", "Marian wants a little 'Did you know?' piece for the newsletter every month from the history society. Could you write one about the old West Clare Railway that used to come through Ennistymon? Around a hundred words."),
        ("a", "DID YOU KNOW? The West Clare Railway\n\nFor over sixty years, the little narrow-gauge trains of the West Clare Railway puffed their way through Ennistymon. The line opened from Ennis to Miltown Malbay in 1887, and was extended to Kilkee and Kilrush in 1892, making it one of the longest narrow-gauge railways in Ireland.\n\nThe railway became famous far beyond Clare thanks to Percy French, the songwriter. In 1896 he arrived late for a concert in Kilkee because his train had broken down, and he wrote the comic song 'Are Ye Right There Michael?' about the line's slow and unreliable service. The railway company is said to have sued him for libel, and legend has it that French arrived late to the court hearing - and explained to the judge that he had come on the West Clare Railway!\n\nThe railway was a lifeline for the farmers, shopkeepers and holidaymakers of west Clare. It carried cattle to the fairs, turf and goods to the towns, and crowds of day-trippers to the seaside at Lahinch and Kilkee. In 1952 it became the first narrow-gauge railway in Ireland to be fully converted to diesel.\n\nSadly, the line closed on 31 January 1961. Today, a section has been restored at Moyasta, near Kilrush, where you can still ride behind the steam engine Slieve Callan and hear the famous whistle once again."),
        ("u", "echo", "Around a hundred words, pet. That'd take up the whole page."),
        ("a", "DID YOU KNOW?\nThe West Clare Railway once ran through Ennistymon. The narrow-gauge line opened from Ennis in 1887 and later reached Kilkee and Kilrush. It was famous for being slow: in 1896 Percy French missed a concert in Kilkee when his train broke down, and he wrote 'Are Ye Right There Michael?' about it. The railway carried cattle to the fairs and day-trippers to Lahinch, until it closed in 1961. Today you can still ride a restored steam train on a stretch at Moyasta, near Kilrush."),
        ("u", "acceptance", "That's gas. They'll all be singing 'Are Ye Right There Michael' after Mass."),
        ("a", "I hope so! Would you like me to write next month's 'Did you know?' as well while we're at it?"),
        ("u", "decline_offer", "No, one month at a time, pet. I've a few ideas of my own for December I want to think about."),
    ]},

    # E7 family tree notes; instead, followup, acceptance
    "2026-11-09": {"role": "assistant", "steps": [
        ("u", "plain", "Could you keep a running list in your notes of what I've found for the family tree? So far: Patrick Hehir born 3 April 1881 in Carrowkeel; married Mary Considine 9 February 1904 in Kilshanny; his father Michael Hehir, died 18-something; his mother Bridget, died 1899 aged 80."),
        ("t", "memory", {"action": "add", "target": "memory", "content": "FAMILY TREE (GEDCOM-style)\n0 @I1@ INDI\n1 NAME Patrick /Hehir/\n1 BIRT\n2 DATE 3 APR 1881\n2 PLAC Carrowkeel, Kilshanny, Clare, Ireland\n1 FAMS @F1@\n0 @I2@ INDI\n1 NAME Mary /Considine/\n0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 MARR\n2 DATE 9 FEB 1904\n2 PLAC Kilshanny\n0 @I3@ INDI\n1 NAME Michael /Hehir/\n1 DEAT\n2 DATE BET 1800 AND 1899\n0 @I4@ INDI\n1 NAME Bridget\n1 DEAT\n2 DATE 1899"}, "Saved to memory.", 0),
        ("a", "I've saved your family tree in GEDCOM format, the standard format used by genealogy software, so you can later import it straight into a program like Family Tree Maker or Gramps, or upload it to a site like Ancestry or FamilySearch."),
        ("u", "instead", "I'd rather it in plain words, the way I'd write it myself in the copybook. I've no genealogy software and I don't want any."),
        ("t", "memory", {"action": "replace", "target": "memory", "content": "Family tree (owner's notes): Patrick Hehir, born 3 April 1881, Carrowkeel. Married Mary Considine on 9 February 1904 in Kilshanny. Patrick's father: Michael Hehir, died 18?? (date unknown). Patrick's mother: Bridget Hehir, died 1899, aged 80."}, "Memory updated.", 0),
        ("a", "Done - I've replaced it with plain notes:\n\nPatrick Hehir, born 3 April 1881, Carrowkeel.\nMarried Mary Considine on 9 February 1904 in Kilshanny.\nPatrick's father: Michael Hehir, died 18?? (date unknown).\nPatrick's mother: Bridget Hehir, died 1899, aged 80."),
        ("u", "followup", "Good. Add John, my father, born 1912 in Carrowkeel, son of Patrick and Mary."),
        ("t", "memory", {"action": "replace", "target": "memory", "content": "Family tree (owner's notes): Patrick Hehir, born 3 April 1881, Carrowkeel. Married Mary Considine on 9 February 1904 in Kilshanny. Patrick's father: Michael Hehir, died 18?? (date unknown). Patrick's mother: Bridget Hehir, died 1899, aged 80. John Hehir (owner's father), born 1912 in Carrowkeel, son of Patrick and Mary."}, "Memory updated.", 0),
        ("a", "Added: John Hehir, your father, born 1912 in Carrowkeel, son of Patrick and Mary."),
        ("u", "acceptance", "That's the way. We're getting there, slowly."),
    ]},

    # E8 blackbird and the cat; reject_approach, acceptance, new_task
    "2026-11-16": {"role": "timmy", "steps": [
        ("u", "plain", "There's a blackbird after nesting in the ivy by the back door - late in the year, I know, but there she is. And the cat is stalking her. What can I do?"),
        ("a", "The simplest solution is to remove the nest, or cut back the ivy around it so the cat has nothing to climb. If the eggs haven't been laid yet, the blackbird will just build somewhere else, somewhere safer from the cat."),
        ("u", "reject_approach", "I wouldn't touch the nest, God no, and I'm not cutting the ivy either. It's the cat I want something for."),
        ("a", "Then a few things for the cat:\n\n1. Put a collar with a bell on her, so the blackbird hears her coming.\n2. Keep her in at dawn and dusk, when birds are busiest.\n3. Put some prickly cuttings - holly or gorse - around the bottom of the ivy, so she can't get a footing.\n4. Keep the cat bowl away from the back door so she isn't hanging around there."),
        ("u", "acceptance", "The bell! Why didn't I think of that. She'll be raging, but she'll get over it."),
        ("a", "She'll forgive you by dinner time."),
        ("u", "new_task", "Now, a different thing altogether: the kitchen radio has had the wrong time since the clocks went back, and it's driving me mad. How do I change the time on a Roberts radio?"),
        ("a", "On most Roberts digital radios: press and hold the Menu or Info button, go to 'System' or 'Time', and set it to update from DAB - it will then set itself. If it's an older one with a clock set button, hold down 'Time' until the hour flashes, turn the dial to the right hour, press again for the minutes, and press once more to finish."),
        ("u", "acceptance", "It's done, it set itself off the radio. Aren't the Roberts great."),
    ]},

    # E9 weekly pill box chart; partial (first), clarify_answer, followup, acceptance
    "2026-11-23": {"role": "timmy", "steps": [
        ("u", "plain", "Could you make me a weekly chart for filling the pill box, Monday to Sunday, morning and night? The Levothyroxine and the Amlodipine are the morning, the Atorvastatin is the night, and the Vitamin D is Sunday morning."),
        ("a", "Here's your weekly chart:\n\n| Day | Morning | Night |\n| Mon | Levothyroxine, Amlodipine, Atorvastatin | - |\n| Tue | Levothyroxine, Amlodipine, Atorvastatin | - |\n| Wed | Levothyroxine, Amlodipine, Atorvastatin | - |\n| Thu | Levothyroxine, Amlodipine, Atorvastatin | - |\n| Fri | Levothyroxine, Amlodipine, Atorvastatin | - |\n| Sat | Levothyroxine, Amlodipine, Atorvastatin | - |\n| Sun | Levothyroxine, Amlodipine, Atorvastatin, Vitamin D | - |"),
        ("u", "partial", "The chart is lovely and neat, and you have the Vitamin D right. But you've the Atorvastatin in the mornings - that's my night one."),
        ("a", "Sorry about that. Here it is with the Atorvastatin at night:\n\n| Day | Morning | Night |\n| Mon | Levothyroxine, Amlodipine | Atorvastatin |\n| Tue | Levothyroxine, Amlodipine | Atorvastatin |\n| Wed | Levothyroxine, Amlodipine | Atorvastatin |\n| Thu | Levothyroxine, Amlodipine | Atorvastatin |\n| Fri | Levothyroxine, Amlodipine | Atorvastatin |\n| Sat | Levothyroxine, Amlodipine | Atorvastatin |\n| Sun | Levothyroxine, Amlodipine, Vitamin D | Atorvastatin |\n\nDo you want it printed, or will you copy it out yourself?"),
        ("u", "clarify_answer", "Printed, please, so I can stick it inside the press door where the box lives."),
        ("t", "terminal", {"command": "printf 'Day  Morning                            Night\\nMon  Levothyroxine, Amlodipine          Atorvastatin\\nTue  Levothyroxine, Amlodipine          Atorvastatin\\nWed  Levothyroxine, Amlodipine          Atorvastatin\\nThu  Levothyroxine, Amlodipine          Atorvastatin\\nFri  Levothyroxine, Amlodipine          Atorvastatin\\nSat  Levothyroxine, Amlodipine          Atorvastatin\\nSun  Levothyroxine, Amlodipine, Vit D   Atorvastatin\\n' > ~/Documents/pill_box_chart.txt && lp -d Brother_HL_L2350DW ~/Documents/pill_box_chart.txt"}, "request id is Brother_HL_L2350DW-131 (1 file(s))", 0),
        ("a", "It's printing on the Brother now, and there's a copy saved as pill_box_chart.txt in your Documents."),
        ("u", "followup", "It's out. Could you do it again with bigger writing? My eyes aren't what they were since the clinic, and it's dark in that press."),
        ("t", "terminal", {"command": "lp -d Brother_HL_L2350DW -o cpi=8 -o lpi=4 -o landscape ~/Documents/pill_box_chart.txt"}, "request id is Brother_HL_L2350DW-132 (1 file(s))", 0),
        ("a", "I've sent it again in larger print, turned sideways so it still fits across the page."),
        ("u", "acceptance", "That's much better, I can read that from the kettle. Thanks a million, pet."),
    ]},
}

# E10 Christmas lights in Ennistymon; echo, acceptance, new_task, acceptance
FORMAT_E["2026-11-30"] = {"role": "timmy", "steps": [
    ("u", "plain", "Would you look up when the Christmas lights are being switched on in Ennistymon this year? I said I'd bring the children if they're down."),
    ("t", "web_search", {"query": "Christmas lights switch on Clare 2026"}, "Ennis Christmas lights switch-on: Friday 27 November, 6pm, O'Connell Square, with music and the Ennis Brass Band. Ennistymon Christmas lights: Saturday 5 December, 5:30pm in the Square, Santa arriving on a vintage tractor, carols by the school choir.", 0),
    ("a", "The Christmas lights will be switched on on Friday the 27th of November at 6pm in O'Connell Square, with music from the Ennis Brass Band."),
    ("u", "echo", "In Ennistymon, pet - that's the Ennis one you have there."),
    ("a", "Sorry! The Ennistymon lights go on on Saturday the 5th of December at half five, in the Square. Santa is arriving on a vintage tractor, and the school choir will be singing carols."),
    ("u", "acceptance", "Santa on a tractor! Oisín will be beside himself. That's the 5th so, I'll tell Aoife."),
    ("a", "It sounds like a lovely evening for them."),
    ("u", "new_task", "Now, what could I give them for a treat afterwards that won't have them bouncing off the walls till midnight? They're staying with me that night."),
    ("a", "A mug of warm milk or hot chocolate with a plain biscuit or a slice of toast, and a bath before bed. Keep the sweets from Santa for the morning. A story in bed - maybe Bran on the moon again - will do the rest."),
    ("u", "acceptance", "The hot chocolate and the story, grand. You think of everything."),
]}
