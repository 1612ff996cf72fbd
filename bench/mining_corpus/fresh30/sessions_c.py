"""Format C sessions (hermes_export_<date>.jsonl, 2-4 sessions per file) - blind author AE, corpus fresh30."""


def U(kind, text):
    return ("u", kind, text)


def R(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_C = {
    "2026-07-23": [
        {"time": "18:30:00", "title": "Bible study on Zoom", "steps": [
            U("plain", "Timmy, the Bible study moving on the computer now for the summer, because half the ladies cyah walk in the heat. Pastor Williams send a Zoom link in the email. What I does have to do when Wednesday come? I never do this Zoom thing before, only the WhatsApp with the children."),
            R("Zoom is a video meeting service. When you click a Zoom link, your browser contacts Zoom's servers and checks whether the Zoom desktop client is installed. If it is, the link is handed off to the app via a zoommtg:// URL; if not, you're offered a download of the Zoom installer package (.pkg), or you can use the web client, which runs in the browser using WebRTC. The meeting may have a waiting room, in which case the host admits participants manually. Audio can be joined via computer audio or by dialling in, and video is optional. You may also be prompted to grant Safari or Zoom permission to use your camera and microphone in System Settings > Privacy & Security."),
            U("repeat_narrow", "Timmy, just tell me what to click when I get the link. One, two, three. I doh need to know how it working inside."),
            R("Sure:\n\n1. Open Pastor's email and click the Zoom link.\n2. If a box asks to open Zoom or download it, click \"Join from your browser\".\n3. Type your name, Gloria, and click Join.\n\nThat's it - you're in the Bible study."),
            U("partial", "Ok, I click the link and I put mih name, that part work, I see everybody face, Sister Maureen and all. But nobody could hear me! They all saying 'Sister Gloria, we cyah hear you, you on mute'."),
            R("Sorry, I missed a step. Look at the bottom left of the Zoom window:\n\n- If you see a headphone button that says \"Join Audio\", click it, then click \"Join with Computer Audio\".\n- Then click the microphone button next to it so it doesn't have a red line through it.\n\nIf Safari asks to use the microphone, click Allow."),
            U("acceptance", "Now they hearing me! Pastor say 'Welcome Sister Gloria, you reach!' Everybody laughing. Thank you Timmy."),
        ]},
        {"time": "20:15:42", "title": "Money for Clive", "steps": [
            U("plain", "Timmy how much is 500 Trinidad dollars in American money? Clive need help with the light bill and he say 500 TT."),
            T("web_search", {"query": "500 TTD to USD exchange rate"}, "1 TTD = 0.1474 USD (mid-market). 500 TTD = 73.70 USD", 0),
            R("500 Trinidad dollars is about **US$74** at today's rate."),
            U("acceptance", "Oh, that ent too bad at all. Thank you."),
            R("You're welcome."),
            U("new_task", "So now how I does send it to him? I used to go Western Union on Flatbush but mih knee not so good to walk there now."),
            R("You can send it from home with the Western Union website or app. One question first: does Clive want to pick up cash at a Western Union agent, or get it straight into his bank account?"),
            U("clarify_answer", "Cash. He does pick it up at the Western Union in the mall in Diego Martin, near where he living. He doh trust them banks."),
            R("Then:\n\n1. Go to westernunion.com and sign in (or create an account with your email).\n2. Choose Send Money, country Trinidad and Tobago, and \"Cash pickup\".\n3. Enter US$74 (or a little more to cover his side), and Clive's full name exactly as on his ID.\n4. Pay with your debit card.\n5. Give Clive the tracking number (MTCN) on the phone so he can collect it."),
            U("acceptance", "Good, I go do it tonight and call him with the number."),
        ]},
        {"time": "21:40:09", "title": "Pelau for the church picnic", "steps": [
            U("plain", "Timmy, the church picnic in Prospect Park next Saturday and I bringing a pot of pelau. Give me a good recipe for a big pot, enough for maybe twenty-five people."),
            R("Here's a lighter, heart-healthy pelau for 25:\n\n- 6 lb skinless chicken breast, cubed\n- 6 cups quinoa and brown rice mix\n- 3 cans low-sodium pigeon peas\n- 2 cans light coconut milk\n- Carrots, bell peppers, onions, garlic\n- Season with herbs instead of salt, and use a spoon of honey instead of burnt sugar\n\nBrown the chicken in a little olive oil, add the grains, peas, coconut milk and 10 cups water, cover and simmer 40 minutes."),
            U("instead", "Quinoa? Honey? No, Timmy, this is a church picnic, not mih doctor office. I want the real pelau, with chicken thighs and the bone in, parboiled rice, and the sugar burn in the pot till it black, like how Trinidad people does make it."),
            R("The real thing, for 25:\n\n- 8 lb chicken thighs and drumsticks, bone in, seasoned overnight with green seasoning\n- 1/2 cup brown sugar for burning, 1/4 cup oil\n- 8 cups parboiled rice, washed\n- 3 cans pigeon peas, drained\n- 2 cans coconut milk\n- 2 onions, a few carrots, pimento peppers, a whole scotch bonnet (don't burst it)\n- 12 cups water, salt to taste\n\nHeat the oil, add the sugar and let it bubble till it goes dark brown, almost black. Add the chicken and turn it till every piece is coated and brown. Add the onions and carrots, then the rice and peas, coconut milk, water and pepper. Cover and cook on low about 40 minutes, till the rice is soft and the pot dry. Fold it over with a big spoon."),
            U("acceptance", "Yes, that is pelau! Everybody go be fighting for the bottom of the pot. Thank you darling."),
        ]},
    ],
    "2026-07-25": [
        {"time": "10:02:33", "title": "Family birthdays in memory", "steps": [
            U("plain", "Timmy, put the family birthdays in yuh memory so I doh forget. Write it down: Marcus August 2, Kayla September 30, Sharon January 15, Clive November 8, and Desmond, mih son-in-law, April 22."),
            T("memory", {"action": "add", "content": "Family birthdays: Marcus (grandson) Aug 20; Kayla (granddaughter) Sep 30; Sharon (daughter) Jan 15; Clive (brother) Nov 8; Desmond (son-in-law) Apr 22."}, "saved", 0),
            R("Saved these birthdays:\n\n- Marcus - August 20\n- Kayla - September 30\n- Sharon - January 15\n- Clive - November 8\n- Desmond - April 22"),
            U("echo", "'Marcus August 2.' That is what I write, Timmy. The second. Not the twentieth. His party is next week!"),
            T("memory", {"action": "replace", "old": "Marcus (grandson) Aug 20", "content": "Marcus (grandson) Aug 2"}, "replaced", 0),
            R("Fixed - Marcus is August 2. The others are unchanged:\n\n- Marcus - August 2\n- Kayla - September 30\n- Sharon - January 15\n- Clive - November 8\n- Desmond - April 22"),
            U("acceptance", "Good, all of them right now."),
            R("Great."),
            U("followup", "Now make it so yuh tell me one week before each one, so I have time to buy the card and post it. The post office slow slow these days."),
            T("memory", {"action": "add", "content": "Remind Gloria 7 days before each family birthday so she can buy and post a card."}, "saved", 0),
            R("Done - I'll remind you seven days before each birthday. The next one is Marcus: I'll remind you tomorrow, July 26, since his birthday is August 2."),
            U("acceptance", "Tomorrow self! Ok, I go buy the card after church then."),
        ]},
        {"time": "13:25:50", "title": "Words for Brother Lennox", "steps": [
            U("plain", "Timmy, Brother Lennox Charles pass away last week, God rest his soul. He was a deacon in Mt. Zion thirty years and his wife Sister Pearl ask me to say a few words at the repast Saturday. Pastor say each person get two minutes. Help me write something, I too sad to think straight."),
            R("I'm so sorry for your loss. Here is a tribute:\n\n\"Friends, family, and members of the Mt. Zion family: we gather today not only to mourn but to celebrate a life that touched each and every one of us. Brother Lennox Charles was, above all, a servant - a servant of God, a servant of his church, and a servant of his community. For thirty years he stood at the door of Mt. Zion as a deacon, welcoming strangers as though they were kin.\n\nAs the poet wrote, 'Do not stand at my grave and weep; I am not there, I do not sleep.' And so it is with Lennox...\n\nHe was a husband to Sister Pearl for over fifty years... [continues for nine more paragraphs about his youth in San Fernando, his migration in 1972, his work at the MTA, his garden, his love of cricket, his grandchildren, and a reflection on Psalm 23]\n\nMay he rest in eternal peace.\""),
            U("explicit", "Timmy, that is too long, I tell you two minutes. This go take me ten minutes and Pastor go have to pull me off the microphone. Too long."),
            R("Here's a two-minute version:\n\n\"Good afternoon. Brother Lennox was a deacon in Mt. Zion for thirty years, and every Sunday he was at the door with a handshake and a smile, making everybody feel they belong. He loved God, he loved Sister Pearl, and he loved his church. When anybody sick, Lennox was the first one to knock on your door with a bag of fruits from his garden. We go miss him bad bad. Sister Pearl, we here for you. Rest easy, Brother Lennox.\""),
            U("followup", "That is lovely. Put in there too that he used to make the best pastelles every Christmas and give the whole street, that is what everybody remember bout him. Keep it still short."),
            R("\"Good afternoon. Brother Lennox was a deacon in Mt. Zion for thirty years, and every Sunday he was at the door with a handshake and a smile, making everybody feel they belong. He loved God, he loved Sister Pearl, and he loved his church. When anybody sick, Lennox was the first one to knock on your door with a bag of fruits from his garden. And every Christmas, the whole street knew - Lennox pastelles coming, the best ones in Brooklyn. We go miss him bad bad. Sister Pearl, we here for you. Rest easy, Brother Lennox.\""),
            U("acceptance", "Thank you Timmy. I go practise it tonight. He would like that, the pastelles part."),
        ]},
        {"time": "16:48:12", "title": "Printer not printing", "steps": [
            U("plain", "Timmy, the printer not printing again. I send the program for the anniversary and nothing coming out, the little light just blinking green."),
            R("Here are some steps to try:\n\n1. Check the printer is turned on.\n2. Check there is paper in the tray.\n3. Check the ink or toner.\n4. Turn the printer off and on.\n5. Restart your Mac.\n6. Check the USB cable or Wi-Fi connection.\n7. Open System Settings > Printers & Scanners and check the status.\n8. Remove the printer and add it again.\n9. Update the printer software.\n10. Check for paper jams."),
            U("reject_approach", "Timmy, I doh want to go through ten things, mih knee cyah take getting up and down to that printer. Sharon say you could look inside the computer yuhself and see what wrong. Do that nah."),
            T("terminal", {"command": "lpstat -p -d"}, "printer HP_OfficeJet_3830 disabled since Sat Jul 25 16:40:02 2026 -\n\tPaused\nsystem default destination: HP_OfficeJet_3830", 0),
            T("terminal", {"command": "cupsenable HP_OfficeJet_3830 && lpstat -p"}, "printer HP_OfficeJet_3830 now printing HP_OfficeJet_3830-41.  enabled since Sat Jul 25 16:49:10 2026", 0),
            R("Found it - the printer was paused on the computer's side, so the program was just waiting in line. I've un-paused it and it's printing your anniversary program now."),
            U("acceptance", "It printing! Look the paper coming out. Thank you darling, you save mih knee."),
        ]},
        {"time": "19:10:27", "title": "Grocery list for curry night", "steps": [
            U("plain", "Timmy, make me the shopping list for Saturday, for the curry chicken with no pepper and the channa and aloo for Kayla. I have curry powder, geera, rice and onion home already, so leave them out."),
            R("Shopping list:\n\n- 3 lb chicken\n- Curry powder\n- Geera (cumin)\n- 2 cans chickpeas\n- Potatoes (5)\n- Onions (2)\n- Rice\n- Chadon beni, thyme, garlic, pimento peppers\n- Limes\n- Roti skins"),
            U("repeat_narrow", "Only what I have to buy, Timmy. I tell yuh I have the curry and the geera and the rice and onion home."),
            R("Shopping list:\n\n- 3 lb chicken\n- 2 cans chickpeas\n- Potatoes (5)\n- Chadon beni, thyme, garlic, pimento peppers\n- Limes\n- Roti skins"),
            U("acceptance", "Good, short and sweet. I go take a picture of it with mih phone."),
        ]},
    ],
    "2026-07-27": [
        {"time": "09:45:18", "title": "Amazing Grace in big print", "steps": [
            U("plain", "Timmy, the seniors at church cyah see the hymn book no more, the print too small. Make me Amazing Grace in big print on a page that I could photocopy and give them Sunday."),
            T("terminal", {"command": "cd ~/Documents && python3 make_hymn_sheet.py --title 'Amazing Grace' --verses 1-2 --font-size 12 --output 'Amazing Grace.docx' && open 'Amazing Grace.docx'"}, "wrote Amazing Grace.docx (1 page)", 0),
            R("I've made \"Amazing Grace.docx\" in your Documents folder and opened it - one page with the title and the verses, ready to photocopy."),
            U("echo", "Big print, Timmy. I say BIG print, for the seniors. This one small like the footnotes in the Bible."),
            T("terminal", {"command": "cd ~/Documents && python3 make_hymn_sheet.py --title 'Amazing Grace' --verses 1-2 --font-size 24 --output 'Amazing Grace.docx' && open 'Amazing Grace.docx'"}, "wrote Amazing Grace.docx (1 page)", 0),
            R("Remade it in 24-point print, which is about twice as big, still on one page."),
            U("partial", "The size good now, I could read it from across the room. But you put only two verses! We does sing all six verses at Mt. Zion, all the way to 'When we've been there ten thousand years'."),
            T("terminal", {"command": "cd ~/Documents && python3 make_hymn_sheet.py --title 'Amazing Grace' --verses 1-6 --font-size 24 --output 'Amazing Grace.docx' && open 'Amazing Grace.docx'"}, "wrote Amazing Grace.docx (2 pages)", 0),
            R("Now it has all six verses, ending with \"When we've been there ten thousand years\", in the same big print. It runs to two pages, so photocopy it front and back."),
            U("acceptance", "Perfect. Front and back, I go tell the church secretary. The seniors go be so glad."),
        ]},
        {"time": "14:05:51", "title": "December weather in Port of Spain", "steps": [
            U("plain", "Timmy, what the weather does be like in Port of Spain in December? Is so long I ent go home for Christmas, I forget."),
            R("December is the start of the dry season: warm days around 86 F, nights around 72 F, and a few short showers, especially early in the month. Much nicer than New York!"),
            U("acceptance", "Yes, I remember now, the little rain in the morning and then sun hot. Lovely."),
            R("Exactly that."),
            U("followup", "So I need to carry a umbrella or no?"),
            R("A small folding umbrella is worth it for the odd shower, and it doubles as shade from the sun in town."),
            U("new_task", "Ok. Another thing. Clive cyah pick me up at the airport that night because he working. How I go reach from Piarco to Diego Martin?"),
            R("There are a few ways. Would you prefer a taxi straight to the door, or are you comfortable with a maxi taxi and changing in Port of Spain?"),
            U("clarify_answer", "Taxi, darling, straight to the door. I ent taking no maxi with two suitcase and mih knee, and late in the night."),
            R("Then take an airport taxi from the official taxi stand outside arrivals - they're the ones with H on the licence plate and a dispatcher. Piarco to Diego Martin is about 45 minutes at night; agree the fare before you get in (it's usually around TT$400-450). Call Clive when you're in the car."),
            U("acceptance", "Good, I go do that. Thank you Timmy."),
        ]},
        {"time": "17:33:02", "title": "Part D drug plan letter", "steps": [
            U("plain", "Timmy, mih drug plan send a letter say next year the atorvastatin going to cost more, they moving it to another 'tier'. I doh understand. What I should do?"),
            R("Your plan's list of covered drugs (the formulary) is changing. The best move is to compare plans during Open Enrollment (October 15 - December 7). Go to medicare.gov, create an account, click \"Find plans\", enter all your medications and your pharmacy, and the Plan Finder will show which plan costs you least for next year. Then click Enroll."),
            U("reject_approach", "No, Timmy, I not doing nothing on no website with mih Medicare, I frighten I press the wrong button and lose everything. I want to talk to a real person on the phone who could explain it to me."),
            R("That makes sense. Call HIICAP, New York's free Medicare counselling service: **1-800-701-0501**. A trained counsellor will go through your tablets with you on the phone and tell you if another plan is cheaper - they don't sell anything. You can also call 1-800-MEDICARE and ask them to compare plans with you."),
            U("acceptance", "HIICAP, ok, free and they doh sell nothing, that is what I like. I go call them Monday."),
        ]},
    ],
}
