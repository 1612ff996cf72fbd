"""Format B sessions (session_meta line, then one message per line) - blind author AE, corpus fresh30."""


def U(kind, text):
    return ("u", kind, text)


def R(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_B = [
    {"date": "2026-07-13", "time": "09:01:15", "title": "Medicare phone number", "platform": "cli", "steps": [
        U("plain", "Timmy, I get a bill from the ambulance company from when I fall in March, and they say Medicare ent pay it. I want to call Medicare myself and find out what going on. What is the number?"),
        R("There are a few numbers that might help, depending on who you need:\n\n- **1-800-MEDICARE (1-800-633-4227)** - general Medicare questions and claims, 24 hours\n- **Social Security: 1-800-772-1213** - premiums and enrollment\n- **Your Medicare Advantage or Medigap plan** - the number on the back of your plan card, if you have one\n- **New York HIICAP: 1-800-701-0501** - free counselling on insurance questions\n- **Benefits Coordination & Recovery Center: 1-855-798-2627** - if another insurance should have paid first\n\nFor an ambulance claim, you may also want to ask the ambulance company for the claim number and the date it was submitted, and check your Medicare Summary Notice."),
        U("repeat_narrow", "Just the one number for Medicare, darling. The one I should call for this ambulance thing."),
        R("1-800-633-4227 (1-800-MEDICARE)."),
        U("acceptance", "Thank you. I go call them after lunch when I settle down."),
        R("Good luck with the call."),
        U("followup", "And when I call, what I should have by me? Last time I call the Social Security they ask me all kind of question and I had to hang up and look for papers."),
        R("Have these next to the phone:\n\n1. Your red-white-and-blue Medicare card\n2. The ambulance bill, with the date of the ride (your fall in March)\n3. A pen and paper to write the name of the person you speak to and any reference number\n\nThey'll ask your name, date of birth and Medicare number to start."),
        U("acceptance", "Ok, I have all that in the folder already. Thank you Timmy."),
    ]},
    {"date": "2026-07-14", "time": "14:33:02", "title": "Sorrel for the church", "platform": "telegram", "steps": [
        U("plain", "Timmy, I volunteer to make the sorrel drink for the church Christmas dinner. A big pot, for the whole church. I have two pounds of the dry sorrel from the West Indian store on Nostrand. How much sugar and ginger and thing I need?"),
        R("For a pitcher of sorrel (about 2 quarts):\n\n- 1 cup dried sorrel\n- 2 inches fresh ginger, grated\n- 4 cloves, 1 cinnamon stick\n- 8 cups water\n- 3/4 cup sugar\n\nBoil the water, add sorrel and spices, steep overnight, strain and sweeten. Add a splash of rum if you like."),
        U("echo", "A BIG pot, Timmy, for the whole church. Not a pitcher. We have like sixty people coming to that dinner, and I tell yuh I have two pounds of sorrel."),
        R("Sorry - here it is for two pounds of dried sorrel, enough for about 60 people (roughly 4 gallons):\n\n- 2 lb dried sorrel\n- 1/2 lb fresh ginger, grated\n- 2 tbsp whole cloves, 6 cinnamon sticks, a few dried orange peels\n- 4 gallons water (you'll need two big pots)\n- 8 to 10 cups sugar, to taste\n\nSplit everything between the two pots, bring the water to the boil, add the sorrel and spices, turn off the fire and let it steep overnight. Strain, sweeten while it's still a little warm so the sugar melts, and chill. Leave the rum out for the church, or keep one bottle aside for the big people."),
        U("acceptance", "Ha, two pot, yes, I have the two big pot from when I used to cook for the nursing home parties. That will do real nice. Thank you."),
        R("The church will be happy. Merry Christmas in advance!"),
        U("new_task", "Timmy, tell me something else. When I reading the Daily Word on the computer, the screen does go black after a little while and I have to touch the mouse. How I stop that?"),
        T("terminal", {"command": "sudo pmset -a displaysleep 0"}, "Password:", 1),
        R("I tried to change the sleep setting from the terminal but it needs your Mac password. If you type your password into the Terminal window that opened, the screen will stop going to sleep."),
        U("reject_approach", "No, Timmy, I not putting mih password in no black window. Sharon tell me never give nobody mih password. Tell me where in the settings I could fix it with the mouse."),
        R("Fair enough - you don't need the password that way. With the mouse:\n\n1. Click the Apple in the top left corner, then System Settings.\n2. Click Lock Screen in the list on the left.\n3. Next to \"Turn display off when inactive\", click the menu and choose \"For 30 minutes\" (or \"Never\").\n\nThat's it."),
        U("acceptance", "I choose the 30 minutes. Now it staying on, thank you darling."),
    ]},
    {"date": "2026-07-15", "time": "18:12:47", "title": "Travel papers for Trinidad", "platform": "cli", "steps": [
        U("plain", "Timmy, Sharon book the ticket for December, praise God. Now what papers I need to carry to go Trinidad? I doh want no trouble at the immigration in Piarco like last time."),
        R("Happy to help you get ready. First: which passport will you be travelling on - your US one or your Trinidad and Tobago one?"),
        U("clarify_answer", "I have both, the blue American one and the Trini one. The Trini one expire in March next year, the American one good till 2031."),
        R("Then here's what I'd do:\n\n- **Leaving and coming back to the US**: show your US passport to the airline and at JFK.\n- **Arriving in Piarco**: you can show your Trinidad passport so you enter as a citizen with no time limit - it's still valid in December, so that's fine.\n- Carry both together in your purse, plus a copy of your return ticket.\n\nAlso fill in the TTravel pass online a few days before you fly - the airline may ask for it."),
        U("followup", "Ok. And mih pressure tablets and the sugar tablets, I could carry them in the hand luggage? Last time the lady at the X-ray take out everything from mih bag."),
        R("Yes - keep them in your hand luggage, in their original pharmacy bottles with your name on the label, and bring your medication list from the purse. Tablets have no limit like liquids do. Carry a few extra days' supply in case of delays. Would you like me to make a packing checklist for the trip too?"),
        U("decline_offer", "Nah, darling, I travelling since 1978, I know how to pack a grip. Is only the papers that does confuse me."),
        R("Fair enough! You're all set on the papers then."),
    ]},
    {"date": "2026-07-16", "time": "10:47:29", "title": "Pension portal password", "platform": "telegram", "steps": [
        U("plain", "Timmy I cyah get into the NYCERS website, the pension one. It keep saying mih password wrong and I sure is the right one, is mih late husband birthday. I want to see mih statement."),
        T("terminal", {"command": "open -a Safari https://www.nycers.org && open -a Safari https://www.nycers.org/login && open -a Safari https://www.nycers.org/forgot-password"}, "", 0),
        R("I've opened the NYCERS website, the login page and the password reset page in Safari for you. Use the reset page to set a new password."),
        U("reject_approach", "Timmy why you opening all these windows one on top the other? Now I have three of the same thing and I confuse. Doh open nothing for me. Tell me step by step what to press and I go do it meself slow."),
        R("Sorry about that. Close all the Safari windows (click the red dot at the top left of each). Then:\n\n1. Open Safari and go to nycers.org.\n2. Click \"Log in to MyNYCERS\" at the top right.\n3. Under the password box, click \"Forgot password?\".\n4. Type your username and click Submit.\n5. They'll email you a code - type it in, then choose a new password."),
        U("partial", "Ok, I reach the page and click 'Forgot password', that part work fine. But now it asking me for a 'username' and I never had no username in mih life. I does always use mih email to go in."),
        R("Then your email is your username - type your email address in the username box and click Submit. The code will come to that same email."),
        U("acceptance", "It send me the code! Ok, I in now, I see mih statement. Thank you Timmy, you patient with me."),
        R("You did it yourself! Write the new password in your blue book, somewhere private."),
    ]},
    {"date": "2026-07-17", "time": "19:58:03", "title": "Weekly blood pressure average", "platform": "cli", "steps": [
        U("plain", "Timmy, take all mih pressure readings from this week in the log and tell me what is the average. Dr. Persaud always asking me 'what is the average, Gloria' and I never know."),
        T("terminal", {"command": "cd ~/Documents && python3 -c \"import csv,statistics as s; r=[x for x in csv.DictReader(open('bp_log.csv')) if x['date']>='2026-07-11']; sy=[int(x['systolic']) for x in r]; di=[int(x['diastolic']) for x in r]; print(len(r), s.mean(sy), s.mean(di), s.stdev(sy), s.stdev(di), min(sy), max(sy), s.median(sy))\""}, "12 143.25 89.5 6.02 3.71 134 154 142.5", 0),
        R("Weekly blood pressure statistics (12 readings, July 11-17):\n\n- Mean systolic: 143.25 mmHg (SD 6.02)\n- Mean diastolic: 89.5 mmHg (SD 3.71)\n- Systolic range: 134-154 mmHg, median 142.5\n- Morning readings trend about 4 mmHg higher than evening readings\n- Coefficient of variation (systolic): 4.2%"),
        U("explicit", "Timmy, that is too much. I only ask for the average, not all this deviation and coefficient business. Dr. Persaud go think I studying for exam."),
        R("Your average this week: **143 over 90**."),
        U("acceptance", "Thank you, that is what I wanted. 143 over 90."),
        R("You're welcome."),
        U("followup", "So that is high? Dr. Persaud say she want it under 130 over 80 for me, with the sugar and everything."),
        R("Yes, compared with her target of under 130/80, 143/90 is above where she wants it. It's not an emergency number, but it's exactly why she asked you to keep the log - bring the table and she can decide whether to adjust the tablet. If you ever get a reading above 180 on top, or a headache with blurry vision, call her or 911 the same day."),
        U("new_task", "Alright, I go bring it. Now tell me, what is a good low salt seasoning I could use instead of the Maggi cube? Because I love mih Maggi."),
        R("Try making your own green seasoning without salt - chadon beni, thyme, chives, garlic, and pimento blended with a little vinegar. Add a squeeze of lime and some geera when cooking. For the Maggi taste, a low-sodium bouillon like Herb-Ox Sodium Free is the closest match."),
    ]},
    {"date": "2026-07-18", "time": "12:20:36", "title": "Birthday present for Marcus", "platform": "telegram", "steps": [
        U("plain", "Timmy, Marcus turning nine on the 2nd of August. Granny want to send him something nice from the Amazon. What yuh think I should get him?"),
        R("Happy early birthday to Marcus! A few ideas for a nine-year-old: a LEGO set, a science experiment kit, a graphic novel series, a soccer ball, or a kid-friendly camera. Do you have a budget in mind, and is there anything he's really into right now?"),
        U("clarify_answer", "Around thirty dollars. And that boy crazy bout dinosaurs, since he small, everything is T-rex this and velociraptor that."),
        R("Then a dinosaur gift it is, all around $30:\n\n1. **National Geographic Dino Dig Kit** - he chisels real fossils out of a block (about $25)\n2. **LEGO Jurassic World T-rex set** (about $30)\n3. **\"The Dinosaur Encyclopedia\" by DK** - big colourful book (about $22)\n\nThe dig kit is usually a big hit at that age."),
        U("acceptance", "The dig kit, that is it! He go have sand all over Sharon floor, ha ha."),
        R("That's half the fun!"),
        U("followup", "How I does send it straight to Atlanta, to Sharon house, and not to me here in Brooklyn? Last time I send something it come to me and I had to go post office."),
        R("When you check out on Amazon:\n\n1. On the checkout page, look for \"Delivering to Gloria Baptiste\" at the top and click \"Change\".\n2. Click \"Add a new address\" and type Sharon's name and Atlanta address.\n3. Click \"Use this address\".\n4. Tick \"This order contains a gift\" if you want to add a little birthday message and hide the price.\n\nChoose delivery before August 2nd."),
        U("acceptance", "Ok I do it. It say it coming the 29th. Thank you darling, he go be so happy."),
    ]},
    {"date": "2026-07-19", "time": "16:04:55", "title": "Harvest festival flyer", "platform": "cli", "steps": [
        U("plain", "Timmy, make a flyer for the church Harvest Festival. Sunday October 11, after the 10 o'clock service, in the church hall. Food, games for the children, the steel band from the youth group, and the sale of produce and cakes. Ask people to bring a dish or produce to donate."),
        R("🍂🎉 HARVEST FESTIVAL 2026!!! 🎉🍂\n\n🌽🥧 COME ONE COME ALL!!! 🥧🌽\n\nSUNDAY OCTOBER 11 🙌 AFTER THE 10 AM SERVICE ⛪\n\n🍗 FOOD 🎈 GAMES 🥁 STEEL BAND 🥁 🍰 CAKES & PRODUCE 🍰\n\n👉 BRING A DISH OR PRODUCE TO DONATE 👈\n\n🙏 SEE YOU THERE!!! 🙏"),
        U("instead", "Timmy, what is all these little pictures? This is a church, not a party flyer for the club. I want it plain and decent, like a proper church notice, nice letters, Mt. Zion name at the top."),
        R("**Mt. Zion Methodist Church**\n**Harvest Festival**\n\nFounded in 1974 by a small group of faithful families from Trinidad, Jamaica and Barbados, Mt. Zion has celebrated the harvest every autumn for over fifty years, giving thanks for God's blessings and sharing them with our neighbours in Flatbush. Over the decades the festival has grown from a simple table of fruits to a day of fellowship for the whole community.\n\nSunday, October 11, after the 10:00 AM service\nChurch Hall\n\nFood - Children's Games - Youth Steel Band - Produce and Cake Sale\n\nPlease bring a dish or produce to donate.\n\nAll are welcome."),
        U("repeat_narrow", "Just the one page notice Timmy, with the name, the date and time, the place, what going on and what to bring. Not the whole history of the church, nobody go read all that on the board."),
        R("**Mt. Zion Methodist Church**\n**Harvest Festival**\n\nSunday, October 11, after the 10:00 AM service\nChurch Hall\n\nFood - Children's Games - Youth Steel Band - Produce and Cake Sale\n\nPlease bring a dish or produce to donate.\n\nAll are welcome!"),
        U("acceptance", "Yes, that is nice and decent. Pastor go like that one. Thank you."),
    ]},
    {"date": "2026-07-20", "time": "08:39:21", "title": "Medicare email scam", "platform": "telegram", "steps": [
        U("plain", "Timmy I get a email this morning say it from 'Medicare Benefits Department' and it say mih card suspended and I have to click and put in mih Medicare number and mih bank information to get a new card. I should do it? I doh want them to cut off mih Medicare."),
        R("Please don't click it - that's a scam. Medicare never emails you asking for your Medicare number or bank details, and they don't suspend cards that way. Just delete the email. Your Medicare is fine."),
        U("acceptance", "Oh gosh, thank God I ask you first. I delete it."),
        R("Good job checking first - that's exactly the right thing to do."),
        U("followup", "But they call the house phone too yesterday, a man with a accent say he from Medicare and he need to 'verify' mih number. I hang up on him. That is the same people?"),
        R("Very likely the same kind of scam, and hanging up was exactly right. Medicare won't call you out of the blue asking for your number. If you ever want to double-check, hang up and call 1-800-MEDICARE yourself. Would you like me to look up how to report these calls to Medicare?"),
        U("decline_offer", "No, doh bother, I go tell mih son-in-law Desmond, he does handle them things for me. He work by the phone company."),
        R("That works. Stay sharp - you handled it perfectly."),
    ]},
    {"date": "2026-07-21", "time": "17:16:40", "title": "Picture from the video call", "platform": "cli", "steps": [
        U("plain", "Timmy, when I on the video call with the children, I want to take a picture of the screen so I could keep Kayla and Marcus faces. How I do that?"),
        R("Easy: while the call is on the screen, press these three keys together: **Shift + Command + 3**. You'll hear a camera click, and the picture is saved on your Desktop."),
        U("acceptance", "I try it, I hear the camera sound! Is like magic."),
        R("It is a bit like magic. You'll find it on the Desktop as a file that starts with \"Screenshot\"."),
        U("followup", "Ok but now mih desktop have a whole heap of them Screenshot pictures from before too, all named the same thing with numbers. How I does find the one with Kayla and Marcus, and put it somewhere special?"),
        R("The newest one is the one with the latest time in its name. To keep them tidy:\n\n1. Right-click on an empty part of the Desktop and choose New Folder. Name it \"Grandchildren\".\n2. Double-click each Screenshot to look at it; when you find Kayla and Marcus, close it and drag that file into the Grandchildren folder.\n\nWould you like me to move all the screenshots from today into that folder for you?"),
        U("decline_offer", "No, leave it, I want to learn to do it meself, I go take mih time and drag them."),
        R("Good for you. Take your time - you can't break anything by dragging."),
    ]},
    {"date": "2026-07-22", "time": "06:51:08", "title": "Buljol for the Women's Fellowship", "platform": "telegram", "steps": [
        U("plain", "Timmy, the Women's Fellowship having breakfast Saturday after the prayer meeting and I bringing the saltfish buljol and the bake. For the Women's Fellowship, twenty ladies. How much saltfish I need to buy?"),
        R("For saltfish buljol for one or two people:\n\n- 1/2 lb boneless saltfish\n- 1 tomato, 1 small onion, 1 sweet pepper\n- 2 tbsp olive oil\n\nSoak and boil the saltfish to remove the salt, shred it, and mix with the chopped vegetables and oil."),
        U("echo", "For the Women's Fellowship, Timmy. Twenty ladies. Not one or two."),
        R("For twenty ladies:\n\n- 4 lb boneless saltfish\n- 6 tomatoes, 4 onions, 4 sweet peppers, a bunch of chives\n- 1 cup mayonnaise\n- 1/2 cup olive oil\n- Hot pepper to taste\n\nSoak the saltfish overnight, boil twice in fresh water, shred, and mix with everything, folding in the mayonnaise at the end."),
        U("explicit", "Mayonnaise? In buljol? No, Timmy, that is wrong, that is some foreign thing. Buljol is saltfish, tomato, onion, pepper and oil, and a little lime. I go just use mih own head for the rest."),
    ]},
]
