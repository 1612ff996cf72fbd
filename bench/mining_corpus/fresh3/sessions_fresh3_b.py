"""Hand-written sessions of the `fresh3` corpus, format B: gateway transcript JSONL, one session per file (data only; see sessions_fresh3.py)."""


# ===========================================================================
# B: gateway transcript JSONL, one session per file
# ===========================================================================

def format_b(add, S, U, A):
    add("B", "20260803_173015_8e21c4.jsonl", [S(
        "Book club questions",
        U("Hello Timmy. It's my turn to host book club next Thursday and we're doing The Remains of the Day. "
          "Could you give me six discussion questions? Nothing that spoils the ending, mind, because Pauline "
          "and Dot are always behind.", "plain"),
        A("Here are six questions for The Remains of the Day:\n\n1. Stevens talks a great deal about "
          "\"dignity\". What do you think he means by it, and does his idea of it change?\n2. How reliable a "
          "narrator is Stevens? Were there moments you doubted his account?\n3. What does the road trip itself "
          "add to the story, compared with scenes at Darlington Hall?\n4. How does the novel show the world of "
          "the great English country house coming to an end?\n5. When Stevens and Miss Kenton finally part at "
          "the bus stop and he admits his heart is breaking, did you feel he had wasted his life?\n6. Stevens "
          "practises \"bantering\" for his new American employer. What does this tell us about him?"),
        U("These are very good, and I like number two especially, it's exactly the sort of thing Geoffrey will "
          "want to argue about for half an hour. But number five gives away the whole ending with the bus stop! "
          "The others are fine, could you swap just that one for something from the first half? Pauline "
          "would never forgive me.", "partial"),
        A("Of course. Here's the set with question 5 replaced:\n\n1. Stevens talks a great deal about "
          "\"dignity\". What do you think he means by it, and does his idea of it change?\n2. How reliable a "
          "narrator is Stevens? Were there moments you doubted his account?\n3. What does the road trip itself "
          "add to the story, compared with scenes at Darlington Hall?\n4. How does the novel show the world of "
          "the great English country house coming to an end?\n5. Stevens keeps working while his father is "
          "dying upstairs. Did you admire him or pity him in that scene?\n6. Stevens practises \"bantering\" "
          "for his new American employer. What does this tell us about him?"),
        U("Splendid. That's the one about his father, yes, that will get them going. I'll print them on the nice "
          "cream paper.", "acceptance"),
        A("Lovely. Would you like a short paragraph about Kazuo Ishiguro to open the evening with?"),
        U("No thank you, Sheila always does the author bit, she'd be put out if I took it over!", "decline_offer"),
        A("Ha, best leave Sheila to it then. Enjoy the evening!"),
    )])

    add("B", "20260804_111842_2f5a90.jsonl", [S(
        "Bank holiday sign",
        U("Need a sign for the shop door: closed Monday 31 August for the bank holiday, open as normal Tuesday. "
          "English on top and Gujarati underneath please, lots of my older customers read Gujarati.", "plain"),
        A("CLOSED\nMonday 31 August (Bank Holiday)\nOpen as normal from Tuesday 1 September\n\nबंद\nसोमवार, 31 "
          "अगस्त (बैंक अवकाश)\nमंगलवार 1 सितंबर से सामान्य रूप से खुला"),
        U("The bottom half is Hindi, not Gujarati. Different script. My mum says the customers won't read it.",
          "explicit"),
        A("Sorry about that. Here it is with Gujarati underneath:\n\nCLOSED\nMonday 31 August (Bank Holiday)\n"
          "Open as normal from Tuesday 1 September\n\nબંધ\nસોમવાર, 31 ઓગસ્ટ (બેંક રજા)\nમંગળવાર 1 સપ્ટેમ્બરથી "
          "રાબેતા મુજબ ખુલ્લું\n\nDo ask your mum to check the wording before you print it."),
        U("Mum's checked it, she says it's fine. Printing now, thank you!", "acceptance"),
    )], platform="whatsapp")

    add("B", "20260805_213305_c90e7b.jsonl", [S(
        "Extension email",
        U("Hi, I need to write email to my lecturer Dr Hughes to ask for extension for my essay, because I was "
          "sick with covid last week. Deadline is Friday. Can you help me write it?", "plain"),
        A("Sure! Here's a draft:\n\nHey Dr Hughes!\n\nHope you're doing well! Just a quick one — I got hit with "
          "covid last week and I'm a bit behind on the essay. Any chance I could get a few extra days? Would be "
          "a massive help!\n\nCheers,\nMinh"),
        U("Hmm I think this is too casual? In Vietnam we must be very polite with teacher, and my friend say in "
          "UK university also the email should be formal. Can you make it more formal and polite please.",
          "instead"),
        A("Of course. Here is a more formal version:\n\nDear Dr Hughes,\n\nI hope you are well. I am writing to "
          "ask whether it would be possible to have an extension for my essay, which is due this Friday. "
          "Unfortunately I was ill with Covid-19 last week and was unable to work on it.\n\nI would be very "
          "grateful for an extra week, if possible. I can provide a copy of my positive test result if "
          "needed.\n\nThank you very much for your understanding.\n\nKind regards,\nMinh Nguyen\nStudent ID: "
          "[your number]"),
        U("Thank you, this is good. Should I write \"Dear Dr Hughes\" or \"Dear Professor Hughes\"? She is senior "
          "lecturer.", "followup"),
        A("\"Dear Dr Hughes\" is right. In UK universities \"Professor\" is a specific senior title, and a senior "
          "lecturer with a doctorate is addressed as Dr."),
        U("ok I send it now, wish me luck!", "acceptance"),
        A("Good luck, Minh! I hope you're feeling better too."),
    )])

    add("B", "20260807_162740_41bd3f.jsonl", [S(
        "Finish for an oak bench",
        U("Made an oak bench for the garden. What should I finish it with?", "plain"),
        A("For outdoor oak I'd recommend a marine or yacht varnish, such as a polyurethane spar varnish. Apply "
          "three to four thin coats, sanding lightly with 240 grit between coats. It gives a hard, glossy "
          "shell that keeps water out and makes the grain glow."),
        U("not varnish. it cracks and peels outside and i'd be sanding the lot back every couple of years. i "
          "want something i can just wipe on again each spring", "reject_approach"),
        A("Then an oil is the way to go. Options for outdoor oak:\n\n1. Teak oil: traditional, easy, needs "
          "frequent recoats\n2. Danish oil (exterior grade): slightly harder finish\n3. Decking oil: cheap, "
          "tinted options\n4. Linseed oil: classic but slow to dry, can go mouldy\n5. Tung oil: very water "
          "resistant, slow curing\n6. Osmo UV-Protection Oil: hardwax oil with UV filters\n7. Sikkens Cetol: "
          "a stain-oil hybrid\n8. Leave it bare to silver naturally\n\nEach has pros and cons depending on look, "
          "budget and how much upkeep you want."),
        U("ok but which one would you actually use. just pick one", "repeat_narrow"),
        A("Osmo UV-Protection Oil (the clear 420 or a lightly tinted one). It soaks in rather than forming a "
          "skin, so it can't peel, the UV filter slows the greying, and in spring you just clean the bench and "
          "wipe on one fresh coat. Two thin coats to start with, 12 hours apart."),
        U("that's what my mate uses on his decking actually. how much do i need for a 1.5m bench?",
          "followup"),
        A("A 0.75 litre tin will be plenty. A bench that size is only around 2 square metres of surface, and "
          "0.75 L covers roughly 18 m² per coat, so you'll have lots left for the yearly top-up."),
        U("champion, cheers", "acceptance"),
    )])

    add("B", "20260808_204551_7ad0c2.jsonl", [S(
        "Cello practice routine",
        U("ive got 40 mins a day to practise cello, grade 6 exam in november. make me a weekly routine", "plain"),
        A("Here's a 40-minute daily routine:\n\n- 5 min: open strings and long bows\n- 10 min: scales and "
          "arpeggios (two keys a day, rotating through the list)\n- 15 min: pieces (one piece in depth each day, "
          "the other two played through on Sat)\n- 5 min: studies\n- 5 min: sight-reading or aural tests\n\nSunday "
          "off."),
        U("love this", "acceptance"),
        A("Great, good luck with the practice!"),
        U("could you make a version for the week before the exam? more mock exam stuff", "followup"),
        A("For exam week, aim for 90 minutes a day:\n\n- 15 min: warm-up and all scales from the list\n- 30 min: "
          "full run-throughs of all three pieces, as if in the exam room\n- 20 min: sight-reading, a new piece "
          "each day\n- 15 min: aural tests with a friend or app\n- 10 min: slow practice of any wobbly bars"),
        U("ninety?? its still 40 mins a day that week, i'm working full time", "echo"),
    )])

    add("B", "20260809_141228_e5c816.jsonl", [S(
        "Deposition timeline",
        U("Pasting an extract from Mr Carver's deposition. Pull out just what he says about the timeline on "
          "the night of 14 March, in order, as bullets.\n\nQ: What time did you leave the office?\nA: About "
          "quarter past six. I'd say 6:15.\nQ: Were you alone?\nA: Yes. Well, Dan walked me to the car park.\n"
          "Q: How is your relationship with Mr Price?\nA: Professional. We don't socialise.\nQ: Where did you "
          "go after the car park?\nA: Straight to the Fox and Hounds. Got there maybe ten to seven.\nQ: How long "
          "did you stay?\nA: An hour, maybe a bit more. I left around eight.\nQ: Did you drink?\nA: Two pints.\n"
          "Q: And when you left the office, what time was it?\nA: Half six, roughly.", "plain"),
        A("Summary of the extract:\n\n- Mr Carver left the office at around 6:15pm; Dan accompanied him to the "
          "car park.\n- He describes his relationship with Mr Price as professional and says they do not "
          "socialise.\n- He went to the Fox and Hounds, arriving at about 6:50pm.\n- He stayed around an hour "
          "and drank two pints.\n- He left the pub around 8pm.\n- He later estimated his departure from the "
          "office at about 6:30pm."),
        U("Timeline only. The bit about Price and the pints isn't timeline.", "repeat_narrow"),
        A("Timeline, in his order:\n\n- Left the office about 6:15pm (\"quarter past six. I'd say 6:15\")\n"
          "- Walked to the car park with Dan\n- Drove straight to the Fox and Hounds, arrived about 6:50pm\n"
          "- Stayed an hour or a bit more, left around 8pm\n- Later: left the office \"half six, roughly\""),
        U("That's what I needed. Can you flag where he contradicts himself?", "followup"),
        A("One clear contradiction: he first puts leaving the office at 6:15 (\"I'd say 6:15\"), then later at "
          "\"half six, roughly\". A 15-minute gap matters because it also squeezes his drive to the Fox and "
          "Hounds (arrived about 6:50) from 35 minutes to 20. There's also a softer one: he first says he was "
          "alone, then corrects himself that Dan walked him to the car park."),
        U("good catch on the Dan one, I missed that. thanks", "acceptance"),
    )])

    add("B", "20260811_072916_93c4aa.jsonl", [S(
        "Lunchbox ideas",
        U("lunchbox ideas for the kids please, they're bored of ham sandwiches. 7 and 11, the 7 yr old can't "
          "have nuts", "plain"),
        A("Make lunch fun with bento boxes! Ideas:\n\n- Sandwiches cut into panda and dinosaur shapes with "
          "cookie cutters, with nori faces\n- Rainbow fruit skewers, one colour per skewer\n- Rice balls shaped "
          "like animals with little sesame-seed eyes\n- Mini pancake stacks with fruit \"toppings\" in a separate "
          "compartment\n- Cheese and cracker \"pizzas\" decorated with pepper smiles\n\nAdd a little note with a "
          "joke each day!"),
        U("ok these are cute but I have about 10 mins in the morning with 3 kids screaming at each other, "
          "nobody is making rice pandas in this house 😂 normal stuff I can chuck in a box", "reject_approach"),
        A("Totally fair. Quick ones, no cutting or shaping:\n\n- Wraps: cream cheese and cucumber, or chicken "
          "and sweetcorn (make two nights' worth at once)\n- Pasta salad from last night's pasta + cheese cubes "
          "+ sweetcorn\n- Cheese, crackers, cherry tomatoes and grapes (halved for the 7 yr old)\n- Pitta with "
          "hummus and carrot sticks\n- Cold sausages or a boiled egg with a bread roll\n\nAll nut-free; just "
          "check the hummus label, some are made in factories that handle nuts."),
        U("ha yes THIS is my life. the wraps idea is good", "acceptance"),
        A("Wraps it is. Two nights' worth in one go saves a morning."),
        U("can you freeze wraps once they're made?", "followup"),
        A("Plain wraps freeze well, but filled ones don't: cucumber and cream cheese go soggy when thawed. "
          "Freeze the wraps themselves and fill them the night before instead."),
        U("👍", "acceptance"),
    )])

    add("B", "20260812_034457_1c08fe.jsonl", [S(
        "Owls at 4am",
        U("quiet night on the ward for once. tell me something interesting about owls", "plain"),
        A("Owls can't move their eyes in their sockets (they're tube-shaped, not round), so instead they turn "
          "their whole head, up to 270 degrees. Special blood vessels at the base of the skull store extra "
          "blood so the brain keeps its supply while the neck is twisted."),
        U("haha thats creepy. how many bones in their neck then", "followup"),
        A("Fourteen neck vertebrae, twice as many as most mammals."),
        U("we've got 7 right?", "followup"),
        A("Yes, 7, the same as a giraffe."),
        U("mad. right obs round, bye timmy", "plain"),
        A("Good luck with the rest of the night!"),
    )])

    add("B", "20260814_112031_5d6e09.jsonl", [S(
        "Taking VAT off a price",
        U("How much is £84 including VAT without the VAT. 20%", "plain"),
        A("£84 minus 20% = £67.20 before VAT."),
        U("that doesn't look right. my accountant always says divide by 1.2, wouldn't that be 70?", "explicit"),
        A("Yes, your accountant's right and I was wrong. Take VAT out by dividing by 1.2: £84 ÷ 1.2 = £70.00 "
          "before VAT, and the VAT is £14.00. Knocking 20% off the VAT-inclusive price takes off too much, "
          "because the 20% was added to £70, not to £84."),
        U("ok good. what's the VAT on £250 before VAT then", "followup"),
        A("£50 VAT, so £300 including VAT."),
        U("cheers", "acceptance"),
    )], platform="whatsapp")

    add("B", "20260815_083926_f2c913.jsonl", [S(
        "Card machine down",
        U("card machine keeps failing. this is what it says on the screen: TXN DECLINED - ERR 1017 COMMS FAIL. "
          "what does that mean", "plain"),
        A("It means the terminal couldn't reach the bank, so it's a connection problem rather than the "
          "customers' cards. Try:\n\n1. Switch the terminal off and on again.\n2. Check the shop wifi or the "
          "phone line it's plugged into.\n3. If it has a SIM, move it nearer the window.\n\nIf it still fails, "
          "your card provider's support line can reset it. Which company is it? I can look up their number."),
        U("No, the number's on the back of the machine. I'll ring them.", "decline_offer"),
        A("Good idea. Have the terminal ID (on the same sticker) ready when they answer."),
        U("while I'm on hold, write a sign for the till. card payments down today, cash only. sorry but not "
          "grovelling", "new_task"),
        A("Sorry, our card machine is down today.\nCASH ONLY.\nThere's a cashpoint at the Co-op, 2 minutes' "
          "walk."),
        U("the co-op cashpoint's been broken for a month 😂 send them to the post office on Station Road "
          "instead", "instead"),
        A("Sorry, our card machine is down today.\nCASH ONLY.\nThere's a cash machine at the Post Office on "
          "Station Road."),
        U("printed 👍 and the bank's fixing the machine now", "acceptance"),
    )], platform="whatsapp")

    add("B", "20260816_190310_b4a7e2.jsonl", [S(
        "Phrasal verbs in Spanish",
        U("Hi! I am from Valencia and I am learning English. Can you explain me the difference between \"look "
          "after\", \"look for\" and \"look up\"? Explain in Spanish please, grammar explanations in English are "
          "too difficult for me.", "plain"),
        A("Of course! These are phrasal verbs, where a verb and a particle together have a new meaning:\n\n- "
          "**look after** means to take care of someone: \"She looks after her little brother.\"\n- **look for** "
          "means to try to find something: \"I'm looking for my keys.\"\n- **look up** means to search for "
          "information in a book or online: \"Look up the word in the dictionary.\"\n\nThe particle changes the "
          "meaning completely, so it's best to learn each one as a new word."),
        U("en español por favor 🙏 I wrote it in my message", "echo"),
        A("¡Claro! Son \"phrasal verbs\": un verbo más una partícula que juntos tienen un significado nuevo.\n\n"
          "- **look after** = cuidar a alguien: \"She looks after her little brother\" (Ella cuida a su "
          "hermano pequeño).\n- **look for** = buscar algo: \"I'm looking for my keys\" (Estoy buscando mis "
          "llaves).\n- **look up** = buscar información en un diccionario o en internet: \"Look up the word in "
          "the dictionary\" (Busca la palabra en el diccionario).\n\nConsejo: apréndelos como palabras nuevas, "
          "porque la partícula cambia todo el significado."),
        U("¡Mil gracias! Now I understand. Can you give me 5 exercises to practise? Answers at the end", "followup"),
        A("Fill in with after, for or up:\n\n1. Can you look ___ the cat while I'm on holiday?\n2. I'm looking "
          "___ a new flat near the university.\n3. If you don't know the word, look it ___.\n4. Nurses look ___ "
          "patients.\n5. We looked ___ the train times on the app.\n\nAnswers: 1 after, 2 for, 3 up, 4 after, "
          "5 up"),
        U("done! 4 of 5, I put \"for\" in number 5 😅", "plain"),
        A("4 out of 5 is great! Number 5 is tricky: you look up information such as train times, but you look "
          "for things you want to find, like a train ticket you've lost."),
    )])
