"""Format E sessions (session_<date>.jsonl event logs) - blind author AE, corpus fresh30."""


def U(kind, text):
    return ("u", kind, text)


def R(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


def D(text, rationale):
    return ("d", text, rationale)


def E(text, context):
    return ("e", text, context)


FORMAT_E = {
    "2026-08-02": {"role": "timmy", "steps": [
        U("plain", "Timmy, I get the Medicare Summary Notice in the post, the one with all the columns. For Dr. Persaud visit in June it say 'Amount you may be billed: $48.20'. I have to pay that? I doh want them sending me to collection at my age."),
        D("Answer from general knowledge", "Medicare Summary Notice fields are standard"),
        R("The Medicare Summary Notice is not a bill. It lists the services Medicare processed in the last three months. The columns show the amount the provider charged, the Medicare-approved amount, what Medicare paid, and the maximum you may be billed. The 'amount you may be billed' typically reflects your Part B coinsurance, usually 20% of the approved amount, once your annual deductible is met. Whether you actually owe it depends on any other coverage you have, which would be billed next, and on whether the provider accepts assignment. You should compare the MSN with any bill you receive from the provider, and you can appeal within 120 days if you disagree with a decision."),
        U("repeat_narrow", "Timmy, so I have to pay the $48.20 or not? Just tell me that part."),
        R("Not yet - don't pay anything from this paper. Whether you owe the $48.20 depends on one thing: do you have another insurance besides Medicare, like a retiree plan or a supplement?"),
        U("clarify_answer", "Yes, I have the retiree one from the city, from when I retire from Kings County. The GHI card, the blue and white one."),
        R("Then GHI is most likely going to pay that $48.20 for you - that's what the city retiree plan is for. Wait until you get GHI's statement. You only pay if Dr. Persaud's office actually sends you a bill after GHI has paid its part."),
        U("acceptance", "Ok, I go wait then. Thank you darling, you ease mih mind."),
    ]},
    "2026-08-03": {"role": "assistant", "steps": [
        U("plain", "Timmy, I collecting the money for the church bus trip to Washington, $65 each. Twenty people sign up. Everybody pay full except Sister Joan, Brother Francis, Deacon Roberts and Sister Pearl, they pay only half so far. But Brother Francis bring the rest of his this morning after service. Tell me how much I have and who still owe."),
        T("terminal", {"command": "cd ~/Documents && python3 bus_trip.py --people 20 --price 65 --half 'Joan,Francis,Roberts,Pearl' --output bus_trip.xlsx"}, "wrote bus_trip.xlsx", 0),
        R("I've made a spreadsheet, bus_trip.xlsx, in your Documents folder with all twenty names, the amount each person paid and a total at the bottom. You can open it in Numbers."),
        U("instead", "I doh want no spreadsheet, Timmy, I cyah work them things. Just tell me the total in the envelope and who still owe me, right here."),
        D("Compute the totals and list the owing people directly", "Owner does not want a file"),
        R("Total collected: **$1,170**.\n\nStill owing $32.50 each:\n- Sister Joan\n- Brother Francis\n- Deacon Roberts\n- Sister Pearl"),
        U("partial", "The list nice and clear. But Brother Francis pay the rest of his this morning, I tell you that, so he doh owe nothing now. And then the total wrong too."),
        T("terminal", {"command": "python3 -c \"print(17*65 + 3*32.5)\""}, "1202.5", 0),
        R("Sorry - with Brother Francis paid up:\n\nTotal collected: **$1,202.50**.\n\nStill owing $32.50 each:\n- Sister Joan\n- Deacon Roberts\n- Sister Pearl"),
        U("acceptance", "Yes, $1,202.50, that is what I count in the envelope. Good."),
        R("Great, it matches."),
        U("new_task", "Now write me a little text message I could send to the three of them to remind them to bring the rest before the 20th."),
        R("NOTICE OF OUTSTANDING BALANCE: Our records indicate that you have an unpaid balance of $32.50 for the Mt. Zion Washington bus trip. Payment in full is required no later than August 20. Failure to pay by this date may result in forfeiture of your seat. Please remit promptly."),
        U("instead", "Lord, Timmy, these is mih church sisters, not the light company! Make it friendly, like one church sister reminding another, soft soft."),
        R("Hi Sister, just a little reminder, the other $32.50 for the Washington trip is due by the 20th. No rush, bring it Sunday or whenever you see me. Can't wait to travel together! Blessings, Gloria"),
        U("acceptance", "That is nice. I go send it to all three."),
    ]},
    "2026-08-04": {"role": "timmy", "steps": [
        U("plain", "Timmy, I moving mih pension money from Chase to the Municipal Credit Union, they have a branch near the church and the lady there so nice. How I tell NYCERS to put the pension in the new bank?"),
        D("Look up the current NYCERS direct deposit procedure", "Procedures change; confirm before answering"),
        T("web_search", {"query": "NYCERS retiree change direct deposit bank"}, "NYCERS: Retirees can update direct deposit in MyNYCERS > Profile > Direct Deposit, or submit form #359 (Direct Deposit Authorization) by mail. Changes take 1-2 pay cycles.", 0),
        R("Two ways:\n\n1. **Online:** log in to MyNYCERS (the same site where you reset your password), go to Profile, then Direct Deposit, and enter the credit union's routing number and your new account number.\n2. **By mail:** fill in NYCERS form #359 and mail it.\n\nIt can take one or two pay cycles, so keep the Chase account open until you see the pension land in the credit union."),
        U("acceptance", "The online one, I could do that now that I know mih password. Thank you."),
        R("You've got this."),
        U("followup", "And the Social Security money too, that go in Chase also. How I change that one?"),
        R("You can change it online with a my Social Security account: go to ssa.gov/myaccount, create an account with Login.gov, then choose \"Update direct deposit\" and enter the new bank details."),
        U("reject_approach", "No, Timmy, I doh have no account on that Social Security website and I not making one, with all them codes and pictures of mih face. The last time I try, it ask me to take a selfie. Give me a way with a person."),
        R("Understood - no website needed. Either:\n\n- **Call Social Security** at 1-800-772-1213 and say you want to change your direct deposit; have your Social Security number and the credit union's routing and account numbers ready.\n- **Or ask the credit union lady** - most banks can do the change for you at the branch with a form, and she can send it to Social Security herself."),
        U("acceptance", "The credit union lady, yes! I go ask she when I go Thursday. Much easier."),
    ]},
    "2026-08-05": {"role": "timmy", "steps": [
        U("plain", "Timmy, how many days until I fly to Port of Spain? The 17th of December. I want to write it on the calendar and count down like a child, ha ha."),
        T("terminal", {"command": "python3 -c \"import datetime as d; print((d.date(2026,12,17)-d.date.today()).days)\""}, "134", 0),
        R("Your flight is 19 weeks and 1 day away!"),
        U("echo", "How many DAYS, I ask, Timmy. Days. I counting days on the calendar, not no weeks."),
        R("134 days until December 17."),
        U("acceptance", "134! Oh gosh, it coming fast. I go write it on the calendar now."),
        R("Happy counting!"),
        U("new_task", "What small gift I could carry for Clive grandchildren? Something light, because the suitcase full already with all the things people sending for their family."),
        R("How old are Clive's grandchildren?"),
        U("clarify_answer", "Is two girls, Aaliyah is seven and Zara is ten. They love the Disney and the singing."),
        R("Some ideas they'd love:\n\n- A Disney Princess castle LEGO set\n- A karaoke machine with a microphone\n- A Disney board game like \"Frozen\" Candy Land\n- A big Disney storybook collection"),
        U("echo", "Something LIGHT, Timmy, I say the suitcase full already. A karaoke machine? Where I go put that, on mih head?"),
        R("Ha, fair point! Light ones that fit in a corner of the suitcase:\n\n- Disney hair clips and scrunchies\n- A Frozen or Encanto T-shirt each\n- Little sticker books with their favourite characters\n- \"I love New York\" friendship bracelets"),
        U("acceptance", "The T-shirts and the bracelets, yes. That go fit in the side pocket. Thank you."),
    ]},
    "2026-08-06": {"role": "assistant", "steps": [
        U("plain", "Timmy, give me a coconut bake recipe, the real one. I want to make it Saturday for breakfast with the saltfish. I have the coconut milk in the cupboard and I have flour."),
        R("Coconut bake in the bread machine:\n\n1. Put 1 cup coconut milk, 2 tbsp butter, 3 cups flour, 2 tbsp sugar, 1 tsp salt and 2 tsp instant yeast in the bread machine pan, in that order.\n2. Choose the Dough setting and press Start.\n3. When it beeps, shape into a round, and bake at 425 F for 1 hour."),
        U("instead", "Bread machine? I doh have no bread machine, darling. I does knead with mih two hands like mih mother. Give me how to do it by hand."),
        R("By hand:\n\n1. Mix 3 cups flour, 2 tsp baking powder, 2 tbsp sugar and 1 tsp salt in a bowl.\n2. Rub in 3 tbsp cold butter with your fingers till it looks like breadcrumbs.\n3. Add 1 cup coconut milk a little at a time and knead to a soft dough, about 5 minutes.\n4. Cover and rest 20 minutes.\n5. Press it into a round about an inch thick in a greased pan.\n6. Bake at 425 F for 1 hour."),
        U("partial", "Ok, the hand part good now, that is how I know it. But one hour at 425? That go burn it black like coal. Coconut bake does take bout half hour, in a moderate oven."),
        D("Correct the baking time and temperature", "Owner's experience matches standard recipes: 350 F for about 30-35 minutes"),
        R("You're right - bake it at **350 F for 30 to 35 minutes**, till the top is golden and it sounds hollow when you knock the bottom. Everything else stays the same."),
        U("acceptance", "Now that is coconut bake. Saturday morning, saltfish and bake, I ready."),
    ]},
    "2026-08-07": {"role": "timmy", "steps": [
        U("plain", "Timmy, mih pressure this morning was 172 over 104, I take it two times. I have a little headache at the back of mih head. I should be worried?"),
        D("Give safety-first guidance without a web search", "Blood pressure thresholds are standard; speed matters"),
        R("That's higher than usual for you, so let's be careful. First: do you have any chest pain, shortness of breath, trouble seeing, weakness or numbness on one side, or trouble speaking?"),
        U("clarify_answer", "No, none of that. Only the little headache at the back, and I feel a little tired. I take mih tablets already this morning."),
        R("Good that you've taken your tablets. Sit quietly for 5 minutes with your feet flat and your arm resting at heart level, then take it again. If the top number goes over 180, or any of those other symptoms start, call 911. Either way, call Dr. Persaud's office today."),
        U("followup", "I rest and take it again, now it 158 over 96. Still high but lower. The headache easing little bit."),
        T("memory", {"action": "add", "content": "BP reading 2026-08-07 evening: 172/104 then 158/96 after rest; mild occipital headache."}, "saved", 0),
        R("That's coming down, which is good. I've noted both readings as this evening's in your log. Please still call Dr. Persaud's office this morning and tell them the numbers - they may want to see you or adjust the tablet."),
        U("explicit", "No, that is wrong, is not the evening, Timmy. Is this morning I take it, I tell you 'this morning'. If the doctor see evening she go think the tablet wear off."),
        T("memory", {"action": "replace", "old": "BP reading 2026-08-07 evening", "content": "BP reading 2026-08-07 morning (after tablets)"}, "replaced", 0),
        R("You're right, I've corrected it: August 7, **morning**, after your tablets - 172/104, then 158/96 after resting, with a mild headache."),
        U("acceptance", "Good. I calling the doctor office now."),
        R("Good. I hope the headache settles - let me know what they say."),
    ]},
    "2026-08-08": {"role": "timmy", "steps": [
        U("plain", "Timmy, Pastor send a long email with the announcements and I want to copy the part bout the Harvest into mih own document. How I does do the copy and paste? Sharon try to show me but she does go too fast."),
        R("Select the text, then press **Command + C** to copy. Click in your document and press **Command + V** to paste."),
        U("reject_approach", "Them keyboard buttons confuse me, Timmy, I always pressing the wrong one and then everything disappear. It have a way with the mouse alone?"),
        R("Yes, with the mouse only:\n\n1. Double-click on the text you want - it turns blue.\n2. Right-click on the blue part (or hold Control and click) and choose **Copy**.\n3. Go to your document, right-click where you want it, and choose **Paste**."),
        U("partial", "The right click copy and paste work good, I see it come in mih document. But when I double-click like you say it only pick up one word, 'Harvest'. I want the whole paragraph from Pastor, not one word."),
        R("Sorry, double-click only catches one word. For the whole paragraph, **click three times quickly** anywhere in it - the whole paragraph turns blue. Or click just before the first word, hold the button down, and drag to the end. Then right-click and Copy as before."),
        U("acceptance", "Three times! It work, the whole paragraph blue. Look at me, I'm a computer lady now."),
        R("You certainly are!"),
        U("new_task", "Ha! Now tell me, how I does save the document so I could find it again?"),
        R("Press the File menu at the top and choose Save. Give it a name like \"Harvest notice\", make sure it says Documents next to \"Where\", and click Save. Next time, open the Documents folder and it will be there."),
        U("acceptance", "Saved. Thank you Timmy, that is enough computer for today, mih eyes tired."),
    ]},
    "2026-08-09": {"role": "assistant", "steps": [
        U("plain", "Timmy, I want to play some parang at the church Christmas dinner, the old time one. Daisy Voisin, she was the queen of parang. Find me her songs to play."),
        T("web_search", {"query": "best Trinidad parang songs artists"}, "Top parang: Los Alumnos de San Juan, Scrunter, Baron, Sharlene Flores, Lara Brothers, Daisy Voisin, Alicia Jaggasar, Marcia Miranda, Big B, Ringo, Kenny J, Carib Santa", 0),
        E("web_search returned general results, not Daisy Voisin specifically", "query was too broad"),
        R("Here are great parang artists to play:\n\n- Los Alumnos de San Juan\n- Scrunter\n- Baron\n- Sharlene Flores\n- Lara Brothers\n- Alicia Jaggasar\n- Marcia Miranda\n- Big B and Ringo (soca parang)\n- Kenny J\n- Carib Santa\n- Daisy Voisin"),
        U("repeat_narrow", "Daisy Voisin, Timmy. Just she songs. The old time parang like I say, not the soca parang."),
        T("web_search", {"query": "Daisy Voisin parang songs"}, "Daisy Voisin (1924-1991), Queen of Parang, La Divina Pastora Serenaders. Songs: Alegria, Alegria; Sereno; Estrella de Oriente; Rio Manzanares; Dame la Mano Paloma. Available on YouTube.", 0),
        R("Daisy Voisin with La Divina Pastora Serenaders:\n\n- Alegria, Alegria\n- Sereno\n- Estrella de Oriente\n- Rio Manzanares\n- Dame la Mano Paloma\n\nYou can find them all on YouTube - just type the song name and \"Daisy Voisin\"."),
        U("acceptance", "Sereno! Oh gosh, that take me right back to Belmont. Yes, them is the ones."),
        R("Beautiful memories."),
        U("followup", "Now how I does play it loud through the speaker Desmond give me for mih birthday? The computer speaker too small for the church hall."),
        R("Happy to help. Is it a Bluetooth speaker (no wire), or does it plug into the computer with a cable?"),
        U("clarify_answer", "No wire. It have a little blue light and it say JBL on it. Desmond say is Bluetooth."),
        R("Then:\n\n1. Turn on the JBL and press the button with the Bluetooth symbol until the blue light flashes.\n2. On the Mac, click the Apple menu, then System Settings, then Bluetooth.\n3. Wait for \"JBL\" to show in the list and click Connect.\n4. Play the song on YouTube - the sound will come out of the JBL."),
        U("acceptance", "It playing loud! Mrs. Alleyne knock on the ceiling, ha ha. Thank you darling."),
    ]},
    "2026-08-10": {"role": "timmy", "steps": [
        U("plain", "Timmy, the TV keep showing this ad with the man from the old cowboy show, saying call now and get more money back in yuh Social Security with a Medicare Advantage plan. Mrs. Alleyne say she call. I should call them too? I could use extra money."),
        D("Answer from general knowledge", "Medicare Advantage ads are a common question"),
        R("These ads are for Medicare Advantage plans that include a \"Part B giveback\", which reduces your Part B premium. Whether that helps depends on many things: the plan's network (you may have to use their doctors), prior authorization rules, drug coverage, extra benefits like dental and vision, and what you'd give up from your current coverage. Some people in these plans are happy; others find the networks restrictive. It's important to consider how it interacts with any retiree coverage, since in some cases joining a different plan can affect that coverage. Open Enrollment runs October 15 to December 7, when you can compare options."),
        U("repeat_narrow", "So I should call the number or not, Timmy? Short answer please, I not understanding all that."),
        R("No - don't call. You have the city's GHI retiree coverage, and signing up for one of those TV plans could cost you that coverage. If you're ever curious, ask HIICAP (1-800-701-0501), not the TV number."),
        U("acceptance", "Ok, I not calling. I go tell Mrs. Alleyne too before she sign anything."),
        R("Good idea - she should check with HIICAP before she signs."),
        U("new_task", "Put in yuh memory that I have the GHI from the city, so next time anything come up yuh go remember."),
        T("memory", {"action": "add", "content": "Gloria has a GHI Medicare Advantage plan through the city."}, "saved", 0),
        R("Saved: you have a GHI Medicare Advantage plan through the city."),
        U("explicit", "No, that is wrong. GHI is not no Advantage, Timmy, we just say I should not take them Advantage plans! Is the city retiree supplement, it go with the regular Medicare."),
        T("memory", {"action": "replace", "old": "Gloria has a GHI Medicare Advantage plan through the city.", "content": "Gloria has original Medicare plus GHI city retiree supplemental coverage (NOT Medicare Advantage). Don't switch plans without checking."}, "replaced", 0),
        R("Corrected: you have regular Medicare plus the GHI city retiree supplement - not an Advantage plan. I've also noted not to switch plans without checking."),
        U("acceptance", "Yes, that is right now. Thank you Timmy, good night."),
    ]},
}
