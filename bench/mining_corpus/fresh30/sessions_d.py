"""Format D sessions (trajectories_<date>.jsonl, 2-4 conversations per file) - blind author AE, corpus fresh30."""


def U(kind, text):
    return ("u", kind, text)


def R(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_D = {
    "2026-07-28": [
        {"time": "11:11:45", "title": "Thank-you card for the church ladies", "steps": [
            U("plain", "Timmy, when I was sick with the flu in June the church ladies was so good to me. Sister Maureen bring callaloo and rice, Sister Pearl bring cow heel soup two times, and Sister Joan drive me to the doctor twice. I want to write a short thank-you card. Help me with the words."),
            R("Here's a little poem for your card:\n\nWhen fever came and days were long,\nMy sisters came to make me strong.\nWith soup and love and gentle care,\nGod's grace was found in all you share.\n\nThank you, dear sisters!"),
            U("instead", "Aww, it sweet, but I doh want no poem, Timmy. They go think I copy it from Hallmark. Just a few plain lines thanking them for what they do, in normal words."),
            R("Dear Sisters,\n\nThank you so much for looking after me when I had the flu. The callaloo and the cow heel soup brought me back to life. I am so blessed to have friends like you at Mt. Zion.\n\nWith love,\nGloria"),
            U("partial", "That nicer, plain like I like it. But you leave out Sister Joan, she the one drive me to the doctor two times, in the rain. She go feel some way if she ent in it."),
            R("Dear Sisters,\n\nThank you so much for looking after me when I had the flu. Maureen, your callaloo and rice; Pearl, your cow heel soup, two times; and Joan, driving me to the doctor twice in that rain - you all brought me back to life. I am so blessed to have friends like you at Mt. Zion.\n\nWith love,\nGloria"),
            U("acceptance", "Yes, everybody in it now. That is perfect."),
            R("They'll be touched."),
            U("followup", "Now make it three separate ones, one for each of them, so each one get she own card with she own thing in it."),
            R("**For Sister Maureen:**\nDear Maureen, thank you for the callaloo and rice when I had the flu - it tasted like home and brought me back to life. I am blessed to have you. Love, Gloria\n\n**For Sister Pearl:**\nDear Pearl, thank you for the cow heel soup, two times! Nothing better when you sick. I am blessed to have you. Love, Gloria\n\n**For Sister Joan:**\nDear Joan, thank you for driving me to the doctor twice, in the rain too. You are a true friend. I am blessed to have you. Love, Gloria"),
            U("acceptance", "Lovely, thank you darling. I go write them out by hand tonight."),
        ]},
        {"time": "15:26:03", "title": "Zoo pictures from the phone", "steps": [
            U("plain", "Timmy, I take so many pictures at the Bronx Zoo with the children on mih iPhone. I want to put the zoo ones on the computer so I could see them big. Only the zoo day, Thursday."),
            R("The easiest way is iCloud Photos: on your iPhone go to Settings > your name > iCloud > Photos and turn on \"Sync this iPhone\". You'll probably need to upgrade to iCloud+ 50 GB ($0.99/month) because of all your photos. Then on the Mac, open Photos and turn on iCloud Photos in Settings. Everything will appear on both."),
            U("reject_approach", "I not paying no monthly thing for no cloud, Timmy, I have enough bills. Sharon say I could just plug the phone into the computer with the charger wire. Do it that way."),
            R("Sure, the cable works fine:\n\n1. Plug the iPhone into the Mac with the charging cable.\n2. Unlock the phone; if it asks \"Trust this computer?\", tap Trust.\n3. Open the Photos app on the Mac and click your iPhone on the left.\n4. Click \"Import All New Items\" at the top right."),
            U("partial", "Ok, I plug it in and the Photos open and I see all the pictures from the phone, that part good. But if I press 'Import All New Items' it go bring over three thousand pictures, all mih church things and food pictures. I tell you only the zoo ones from Thursday."),
            R("Right - don't press that one. Instead:\n\n1. Scroll to Thursday's pictures (they're in date order, newest at the bottom).\n2. Click the first zoo picture, hold the Shift key, and click the last zoo picture - they all get a blue border.\n3. Click \"Import Selected\" at the top right.\n\nOnly the zoo pictures will come over."),
            U("acceptance", "It working, I see Marcus with the giraffe big on the screen! Ha! Thank you Timmy."),
        ]},
        {"time": "19:48:30", "title": "Help paying for Medicare", "steps": [
            U("plain", "Timmy, Mrs. Alleyne say it have a program where the state does help pay the Medicare for people who ent have much. I get $1,412 from Social Security and $2,080 from the NYCERS pension every month. I could qualify?"),
            R("That's the Medicare Savings Program. The limits depend on household size - do you live alone, or is anyone else in your household?"),
            U("clarify_answer", "Alone, since mih husband Winston pass in 2019. Is just me and mih plants."),
            R("For one person, your total of about $3,490 a month is above the New York Medicare Savings Program limits, which are around $2,600 a month for a single person, so you most likely wouldn't qualify. Limits change every year though, and some income is disregarded, so it's worth a free check with HIICAP to be sure."),
            U("acceptance", "Ok, I figure so, but no harm asking. Thank you for checking."),
            R("Of course - it never hurts to ask."),
            U("new_task", "Remind me again what is the number for them HIICAP people, I write it somewhere but I cyah find it."),
            R("HIICAP: **1-800-701-0501**."),
            U("acceptance", "Got it, thank you darling."),
        ]},
    ],
    "2026-07-30": [
        {"time": "08:55:19", "title": "Callaloo for Sunday lunch", "steps": [
            U("plain", "Timmy, Sunday I making callaloo with crab for lunch, Sharon and Desmond coming before they drive back to Atlanta. I get the dasheen bush fresh from the market on Nostrand Avenue yesterday, beautiful. Give me the steps, I want to make sure I doh forget nothing."),
            R("Dasheen bush can be hard to find in the US, so spinach works as a good substitute:\n\n- 2 bags baby spinach\n- 1 cup okra, sliced\n- 1 onion, 4 cloves garlic, chives, thyme\n- 1 can coconut milk\n- 2 blue crabs, cleaned\n- 1 whole scotch bonnet\n\nCook everything together about 30 minutes, remove the pepper, then swizzle or blend smooth."),
            U("echo", "Timmy, I say I GET the dasheen bush, fresh, from Nostrand Avenue. I doh need no spinach. Give me the steps with the dasheen bush."),
            R("Sorry - with your dasheen bush:\n\n- 1 bundle dasheen bush: strip the stalk skin and chop leaves and stalks\n- 10 okra, sliced\n- 1 onion, 4 cloves garlic, chives, thyme, a little pumpkin (optional)\n- 1 can coconut milk plus 2 cups water\n- 2 blue crabs, cleaned and cut in half\n- 1 whole scotch bonnet, don't burst it\n- A small piece of salt pork or a spoon of butter\n\nPut everything in the pot, bring to the boil, then simmer covered about 35-40 minutes till the dasheen is soft. Take out the crabs and the pepper, swizzle it smooth, then put the crabs back. Salt to taste."),
            U("acceptance", "Yes, that is how mih mother used to do it, with the piece of pumpkin. Good."),
            R("Enjoy your Sunday lunch with the family."),
            U("followup", "Oh wait, Sharon just message me, she say Desmond find out he allergic to shellfish now, the doctor tell him. So I make it without the crab? What I put instead so it still have taste?"),
            R("Yes, leave the crab out. For the flavour, add a smoked turkey wing or a piece of salted pigtail (soak it first), and an extra spoon of butter at the end. Boil the crab separately for anyone else who wants some, and keep that spoon away from Desmond's bowl."),
            U("acceptance", "Smoked turkey, good idea. Thank you."),
        ]},
        {"time": "12:40:44", "title": "Prayer chain phone list", "steps": [
            U("plain", "Timmy, I in charge of the prayer chain now. Make me a nice table of the members, in order by the last name like the church directory, with the home phone and the cell phone both. Maureen Joseph 718-555-0142 cell 347-555-0190, Pearl Charles 718-555-0177 cell none, Joan Ramdass 718-555-0123 cell 917-555-0165, Beverly Alleyne 718-555-0150 cell 646-555-0111, Gloria Baptiste that is me."),
            R("| Name | Home | Cell |\n|---|---|---|\n| Beverly Alleyne | 718-555-0150 | 646-555-0111 |\n| Gloria Baptiste | | |\n| Joan Ramdass | 718-555-0123 | 917-555-0165 |\n| Maureen Joseph | 718-555-0142 | 347-555-0190 |\n| Pearl Charles | 718-555-0177 | none |"),
            U("repeat_narrow", "By the last name, Timmy, like the directory. Alleyne, Baptiste, Charles, Joseph, Ramdass."),
            R("| Last name | First name | Phone |\n|---|---|---|\n| Alleyne | Beverly | 718-555-0150 |\n| Baptiste | Gloria | |\n| Charles | Pearl | 718-555-0177 |\n| Joseph | Maureen | 718-555-0142 |\n| Ramdass | Joan | 718-555-0123 |"),
            U("echo", "'With the home phone and the cell phone both.' Now the cell phone gone! When somebody sick at night the cell is the one they does answer."),
            R("Sorry about that - both numbers back in:\n\n| Last name | First name | Home | Cell |\n|---|---|---|---|\n| Alleyne | Beverly | 718-555-0150 | 646-555-0111 |\n| Baptiste | Gloria | | |\n| Charles | Pearl | 718-555-0177 | - |\n| Joseph | Maureen | 718-555-0142 | 347-555-0190 |\n| Ramdass | Joan | 718-555-0123 | 917-555-0165 |\n\nI left your own numbers blank - do you want me to fill them in?"),
            U("decline_offer", "No, leave mine blank, they all know mih number by heart. Everybody does call Gloria."),
            R("Ha, of course they do. The table's ready to print."),
        ]},
        {"time": "16:17:08", "title": "Social Security raise", "steps": [
            U("plain", "Timmy, Mrs. Alleyne say the news saying the Social Security going up 2.8 percent next year. Mih check is $1,412 now. How much I go get?"),
            R("With a 2.8% increase, $1,412 becomes **$1,491.54** a month."),
            U("explicit", "Timmy, that cyah be right. Two point eight percent of fourteen hundred is only bout forty dollars, not eighty. Check it again. I used to calculate drip rates all day, I know mih percentages."),
            T("terminal", {"command": "python3 -c \"print(round(1412*1.028, 2), round(1412*0.028, 2))\""}, "1451.54 39.54", 0),
            R("You're right, I added wrong. The increase is $39.54, so your check would be **$1,451.54** a month (before any change in the Medicare premium that comes out of it)."),
            U("acceptance", "Yes, that is more like it. Drip rates never lie, ha ha."),
            R("Nurse's maths wins!"),
            U("followup", "Ok, another thing - the Medicare premium going up too, from the letter. So after they take it out, I still coming out ahead?"),
            R("Yes. Your raise is about $39.54, and the usual yearly Part B increase is much smaller than that - so after the premium comes out you should still have a little more each month than now."),
        ]},
        {"time": "20:22:36", "title": "Groceries delivered from Key Food", "steps": [
            U("plain", "Timmy, with mih knee acting up, I want to try get the groceries bring to the house instead of dragging the cart. How I does do that from the computer?"),
            R("Sure. Which store do you normally shop at?"),
            U("clarify_answer", "The Key Food on Church Avenue, by the corner. I know all the cashiers there."),
            R("You can use Instacart: go to instacart.com, enter your zip code, choose Key Food, add items to your cart, and check out. Delivery fees start around $3.99, plus a service fee and a tip for the shopper."),
            U("reject_approach", "Instacart? Chile, they does charge fee on top of fee and then you have to tip too. Key Food have they own delivery, the boy does bring it for five dollars flat, Mrs. Alleyne does use it. I want to do it by Key Food self, not no Instacart."),
            T("web_search", {"query": "Key Food Church Avenue Brooklyn delivery order phone"}, "Key Food Church Ave, Brooklyn NY - Delivery available. Order in store or by phone (718) 555-0134; online ordering at keyfood.com/store 'Shop Online'. Delivery fee $5, same day for orders before 2pm.", 0),
            R("Got it - straight from Key Food:\n\n- **By phone:** call (718) 555-0134, read them your list and your address. Delivery is $5, same day if you order before 2 PM.\n- **Online:** go to keyfood.com, choose the Church Avenue store, click \"Shop Online\", and pick delivery at checkout.\n\nCalling is probably easiest - you know the people there."),
            U("acceptance", "I go call them, I like to talk to a person. Thank you darling."),
        ]},
    ],
    "2026-08-01": [
        {"time": "10:30:57", "title": "Sunday school snack sign-up", "steps": [
            U("plain", "Timmy, make a sign-up sheet for the Sunday school snacks for August. The Sundays is the 2nd, 9th, 16th, 23rd and 30th. Columns for the date, the parent name, and what snack they bringing."),
            R("**Mt. Zion Sunday School - Snack Sign-Up, August**\n\n| Date | Parent name | Snack |\n|---|---|---|\n| Sunday, August 2 | | |\n| Sunday, August 9 | | |\n| Sunday, August 23 | | |\n| Sunday, August 30 | | |"),
            U("partial", "The table nice and neat. But where the 16th? You skip the 16th."),
            R("Sorry - here it is with all five Sundays:\n\n**Mt. Zion Sunday School - Snack Sign-Up, August**\n\n| Date | Parent name | Snack |\n|---|---|---|\n| Sunday, August 2 | | |\n| Sunday, August 9 | | |\n| Sunday, August 16 | | |\n| Sunday, August 23 | | |\n| Sunday, August 30 | | |"),
            U("followup", "Good. Now put a line at the bottom too, that say no peanut please, because the little Persad boy allergic bad bad. I doh want nobody bring peanut punch or nothing."),
            R("**Mt. Zion Sunday School - Snack Sign-Up, August**\n\n| Date | Parent name | Snack |\n|---|---|---|\n| Sunday, August 2 | | |\n| Sunday, August 9 | | |\n| Sunday, August 16 | | |\n| Sunday, August 23 | | |\n| Sunday, August 30 | | |\n\n**Please, NO PEANUTS or peanut products - we have a child with a serious allergy. Thank you!**"),
            U("acceptance", "That is good. I go post it on the board after service."),
        ]},
        {"time": "13:14:29", "title": "Train to the Bronx Zoo", "steps": [
            U("plain", "Timmy, I carrying Kayla and Marcus to the Bronx Zoo Thursday on the train. We by Flatbush Avenue and Nostrand. What train we take? Sharon say is one train straight up, but I want to be sure, I doh want to be changing trains with two children to hold."),
            R("From Flatbush Avenue:\n\n1. Take the B41 bus up Flatbush to Atlantic Avenue.\n2. At Atlantic Av-Barclays Ctr, take the 4 train uptown to 149 St-Grand Concourse.\n3. Transfer to the 2 or 5 train to West Farms Sq-E Tremont Av.\n4. Walk about 5 minutes to the zoo's Asia Gate.\n\nAbout 1 hour 30 minutes."),
            U("instead", "Bus, then train, then change train again? No, Timmy. I want the one straight train, no changing. Sharon say the 2 train from Flatbush Avenue go straight up to the zoo."),
            R("Sharon's right - the 2 train goes all the way with no changes:\n\n1. Get on the 2 train at Flatbush Av-Brooklyn College (it starts there, so you'll get seats).\n2. Stay on all the way to **West Farms Sq-E Tremont Av** in the Bronx - about 1 hour 20 minutes.\n3. Walk about 5 minutes to the zoo's Asia Gate.\n\nNo changes at all."),
            U("acceptance", "That is the one. And it start there so we get seat, even better."),
            R("Exactly - you can all sit the whole way. Do you want me to check the zoo's opening hours for Thursday too?"),
            U("decline_offer", "No darling, Sharon buy the tickets on the computer already, she have all that on she phone and she send it to me."),
            R("Perfect. Have a wonderful time at the zoo!"),
        ]},
        {"time": "18:02:11", "title": "Birthday video for Clive", "steps": [
            U("plain", "Timmy, Clive birthday coming in November but I want to practise. How I does make a little video of meself on the computer, saying happy birthday, so I could send it to him?"),
            R("Use QuickTime Player, which is already on your Mac:\n\n1. Open QuickTime Player (in Applications).\n2. Click File > New Movie Recording.\n3. Click the red button to start, say your message, and click it again to stop.\n4. Click File > Save and call it \"Clive birthday\"."),
            U("acceptance", "It work! I see meself on the screen, Lord I need to fix mih hair. Ha!"),
            R("You look lovely, I'm sure!"),
            U("followup", "And then how I send it to him on the WhatsApp when the day come?"),
            R("Open WhatsApp on the Mac, click Clive's chat, then drag the \"Clive birthday\" file from the Desktop or Movies folder into the chat and press Send."),
            U("acceptance", "Ok, I try it with a little test one and it gone. He send back a thumbs up!"),
            R("Great - you're ready for November."),
            U("new_task", "Write me a little message to put with the video too."),
            R("My dearest brother Clive,\n\nOn this most special occasion of your birthday, I want to take a moment to reflect on all the wonderful years we have shared, from our childhood days running through the savannah in Belmont, to the many Christmases and Carnivals we celebrated together, to the long phone calls across the sea that have kept us close despite the distance. You have always been a pillar of strength, a source of laughter, and a true blessing in my life. May God continue to keep you in good health, surround you with love, and grant you many more years of joy.\n\nWith all my love and prayers,\nYour sister Gloria"),
            U("explicit", "Timmy that too long for a WhatsApp, he go fall asleep reading it. Just 'Happy birthday Clive, from your big sister, love you' - something short so."),
        ]},
    ],
}
