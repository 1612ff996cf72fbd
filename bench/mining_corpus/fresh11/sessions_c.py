"""Format C sessions of the fresh11 corpus (blind author L): hermes exports, 3 sessions per file."""

STORY_SHORT = "Once upon a time there was a little dog called Rocket who wanted to go to the moon. He built a rocket out of a cardboard box, climbed in, and whoosh - off he went! On the moon he found lots of bones made of cheese. He ate so many that he had to come home for a nap. The end."

STORY_LONG = "Rocket and the Moon\n\nOnce upon a time, on a farm at the edge of a small village, there lived a scruffy brown dog called Rocket. Rocket had one big wish. Every night, when the sky went dark, he sat at the gate and looked up at the moon. 'I'm going to go there someday,' he told the hens. The hens only clucked and went to bed.\n\nOne windy evening, Rocket found a big cardboard box behind the shed. He dragged it into the garden. He found an old colander for a helmet, a torch for a light, and two empty lemonade bottles, which he stuck on the back with Nana's sticky tape. 'That's a rocket if ever I saw one,' said Rocket.\n\nHe climbed in, shut his eyes tight, and counted: 'Ten... nine... eight...' The wind blew harder. '...three... two... ONE!' And a great gust lifted the box right up over the hedge, over the chimney, over the clouds, and up, up, up into the starry sky.\n\nWhen Rocket opened his eyes, everything was silver and quiet. He was on the moon! He took a step and floated up like a feather. He took another and bounced over a crater. 'Woof!' he said, and his woof came back to him, all echoey: 'woof, woof, woof.'\n\nBehind a big grey rock he found a little moon-rabbit, white as milk, with long floppy ears. 'Hello,' said the rabbit. 'Nobody ever visits me.' So Rocket stayed and played. They played chase over the craters, and hide-and-seek in the moon dust, and they counted the stars until they ran out of numbers.\n\nAfter a while Rocket looked down and saw a tiny blue and green ball far below. It was Earth. Somewhere down there was his farm, and his bowl, and his warm spot by the fire. 'I'd better go home,' he said. 'They'll be wondering where I am.'\n\nThe moon-rabbit gave him a moon-stone to remember her by. Rocket climbed back into his box, and the rabbit gave it a great big push. Down, down, down he went, through the clouds, over the chimney, over the hedge, and - bump! - right back onto the grass.\n\nThe next morning the hens found him fast asleep in the box, with a little silver stone between his paws. And every night after that, when the moon came up, Rocket sat at the gate and wagged his tail, because now he had a friend up there.\n\nThe end."

FORMAT_C = {
    "2026-09-14": [
        # C1a bedtime story; explicit (too short), followup (name the dog), acceptance
        {"time": "19:05:00", "title": "Bedtime story about a dog on the moon", "steps": [
            ("u", "plain", "Oisín is staying with me on Friday night and he has me told he wants a story about a dog that goes to the moon. Could you write me one I could read to him? About five minutes of reading."),
            ("a", STORY_SHORT),
            ("u", "explicit", "Ah, that's too short, love, it'd be over before he'd even settle down. About five minutes, so, with a bit more happening."),
            ("a", STORY_LONG),
            ("u", "followup", "He'll love that. Could you call the dog Bran instead of Rocket? That's our own dog's name, he'll get a great kick out of it."),
            ("a", "Of course! Just read 'Bran' wherever it says 'Rocket' for the dog. The only line to watch is at the end of the second paragraph, which becomes: 'That's a rocket if ever I saw one,' said Bran. The box can still be the rocket. Would you like me to send the whole story again with Bran's name all the way through, so you don't have to swap it as you read?"),
            ("u", "decline_offer", "No, I'll manage that grand, sure I've been reading stories out loud for forty years. Thanks a million."),
        ]},
        # C1b phone script for the chemist; instead, acceptance
        {"time": "11:30:00", "title": "What to say to the chemist", "steps": [
            ("u", "plain", "I need to ring the chemist in Ennistymon to get the repeat prescription sorted before Dr Murphy goes off on her holidays. I always get flustered on the phone. Would you write me down what to say?"),
            ("a", "Dear Sir or Madam,\n\nI am writing to request a repeat of my regular prescription, which is held on file with your pharmacy. I understand that my GP, Dr Murphy, will shortly be on leave, and I would be grateful if the prescription could be renewed before her departure.\n\nMy current medications are Levothyroxine 50mcg, Amlodipine 5mg, Atorvastatin 20mg and Vitamin D.\n\nPlease let me know if any further information is required.\n\nYours faithfully,"),
            ("u", "instead", "Sure that's a letter, pet, and I'm ringing them. I'd like just a few lines I can read out, the way I'd say it myself."),
            ("a", "Here's something you can read out:\n\n'Hello, it's [your name] from Carrowkeel. I'm ringing about my repeat prescription. Dr Murphy is going on holidays soon, so I'd like to get it sorted before she goes. It's the usual ones - the Levothyroxine, the Amlodipine, the Atorvastatin and the Vitamin D. When would it be ready for me to collect?'\n\nAnd if they ask anything you're not sure of, it's fine to say, 'Hold on a second till I check,' and take your time."),
            ("u", "acceptance", "That's me sorted. Mary in the chemist is very patient anyway, God bless her."),
            ("a", "She sounds it. Good luck with the call."),
            ("u", "new_task", "Would you put the chemist's number in your notes while I have it in front of me? It's 065 707 1188."),
            ("t", "memory", {"action": "add", "target": "user", "content": "Ennistymon chemist (pharmacy, Main Street): 065 707 1188. Owner gets her repeat prescription there; Mary works there."}, "Saved to memory.", 0),
            ("a", "Saved: the Ennistymon chemist, 065 707 1188."),
        ]},
        # C1c plant by the road; reject_approach, acceptance
        {"time": "15:45:00", "title": "Purple flower in the ditch", "steps": [
            ("u", "plain", "What's the tall plant with the purple flowers all up the stalk in the ditches along the road to Lahinch? Leaves a bit like a willow. It's everywhere this year."),
            ("a", "I could identify it accurately from a photo. If you take one on your phone and AirDrop it to the Mac, I can install an image-recognition tool (a Python package called plantnet-client) and run the picture through it. It will need Python 3 and a free PlantNet account, which I can set up for you. Shall I start the install?"),
            ("u", "reject_approach", "Ah, I'm not going to be fiddling with photographs and installing things, Timmy. Can you not tell me from what I said?"),
            ("a", "From what you describe - tall, purple-pink flowers up the stalk, narrow willow-like leaves, in the roadside ditches in late summer - it's almost certainly rosebay willowherb. It seeds everywhere, especially along roads and on cleared ground. The other possibility is purple loosestrife, which likes wetter ditches and has its leaves in pairs, but willowherb is the one that's everywhere."),
            ("u", "acceptance", "The willowherb! That's it, the bees are mad for it. Thanks, pet."),
        ]},
    ],
    "2026-09-21": [
        # C2a death notice; instead, partial (second), acceptance
        {"time": "09:15:00", "title": "Death notice for Jimmy Hynes", "steps": [
            ("u", "plain", "There's a death notice to go in the newsletter. Jimmy Hynes, Ballagh, died peacefully at home on Tuesday. Reposing at his home Thursday evening from 5 to 8. Funeral Mass Friday at 11 in St Mary's, burial afterwards in Kilshanny cemetery. Sadly missed by his wife Kathleen and sons Declan and Martin. Could you put it in the right shape for me?"),
            ("a", "It is with great sadness that the parish learned of the passing of Jimmy Hynes of Ballagh, who died peacefully at home on Tuesday. Jimmy was a true gentleman and a pillar of the community, a familiar face at the mart and on the sideline of every GAA match, always ready with a kind word and a story. He will be deeply missed by his loving wife Kathleen, his sons Declan and Martin, and his many friends and neighbours.\n\nJimmy will repose at his home on Thursday evening from 5 to 8. His Funeral Mass will be celebrated on Friday at 11 in St Mary's, followed by burial in Kilshanny cemetery. May he rest in peace."),
            ("u", "instead", "Ah no, it's only the plain notice we'd put in, the way they have them on RIP.ie. Not a piece about him - sure I don't think Jimmy went to a match in his life."),
            ("a", "HYNES, Jimmy\nBallagh. Died peacefully at home on Tuesday. Sadly missed by his wife Kathleen and son Declan.\nReposing at his home on Thursday evening from 5pm to 8pm. Funeral Mass on Friday at 11am in St Mary's, burial afterwards in Kilshanny cemetery.\nMay he rest in peace."),
            ("u", "partial", "That's the shape of it now. Only you've Martin left out, and Kathleen would never forgive me."),
            ("a", "HYNES, Jimmy\nBallagh. Died peacefully at home on Tuesday. Sadly missed by his wife Kathleen and sons Declan and Martin.\nReposing at his home on Thursday evening from 5pm to 8pm. Funeral Mass on Friday at 11am in St Mary's, burial afterwards in Kilshanny cemetery.\nMay he rest in peace."),
            ("u", "acceptance", "That's it. God rest him, he was a lovely man."),
            ("a", "May he rest in peace. I'm sorry for the loss of your neighbour."),
        ]},
        # C2b holy well talk; reject_approach, followup (big print), acceptance
        {"time": "14:00:00", "title": "Few words on the holy well", "steps": [
            ("u", "plain", "I've to say a few words about the holy well at the November meeting. I have my notes from old Mrs Nagle's book: the pattern day was the last Sunday in July, the water was said to cure sore eyes, there's a rag tree beside it, and the stations were done going round the well seven times saying the rosary. Could you help me put it together?"),
            ("t", "web_search", {"query": "holy wells Ireland history traditions pattern day rag tree"},
             "Holy wells in Ireland - Wikipedia: There are an estimated 3,000 holy wells in Ireland... many pre-Christian in origin, associated with Lughnasa... Rag trees: offerings of cloth tied to trees... Pattern (patrún) days... Discouraged by clergy in 19th century due to drinking and faction fighting.", 0),
            ("a", "Here's a short talk:\n\nThere are an estimated 3,000 holy wells in Ireland, and many of them are older than Christianity itself. Scholars believe a lot of them were sacred sites connected to the harvest festival of Lughnasa, which the Church later took over and dedicated to saints. The 'pattern' day, from the Irish 'patrún' or patron, was often a great social occasion, and in the nineteenth century the clergy frequently tried to stamp patterns out because of drinking and faction fighting. Rag trees, where people tied a strip of cloth as an offering, are found beside wells all over the country. Our own well is a fine example of this ancient tradition."),
            ("u", "reject_approach", "Ah, leave the internet out of it, pet. It's Mrs Nagle's notes I want to work from - that's what the people in the hall will want to hear about, our own well."),
            ("a", "Here it is from Mrs Nagle's notes:\n\nMrs Nagle wrote down for us what the old people remembered about our well. The pattern day was the last Sunday in July, when people came from all round the parish. The water was said to cure sore eyes, and people would bathe their eyes with it and bring a bottle home for anyone who couldn't make the journey. Beside the well there is a rag tree, where people tied a strip of cloth, leaving their trouble behind them as the cloth wore away. And the stations were done by going round the well seven times, saying the rosary as they went.\n\nMaybe there are people here tonight who remember the pattern themselves, and I'd love to hear from them."),
            ("u", "followup", "That's lovely, and it sounds like me too. Could you make it big print, so I can read it out without the glasses?"),
            ("t", "terminal", {"command": "cd ~/Desktop && cat > holy_well.txt <<'EOF'\nMrs Nagle wrote down for us what the old people remembered about our well. The pattern day was the last Sunday in July, when people came from all round the parish. The water was said to cure sore eyes, and people would bathe their eyes with it and bring a bottle home for anyone who couldn't make the journey. Beside the well there is a rag tree, where people tied a strip of cloth, leaving their trouble behind them as the cloth wore away. And the stations were done by going round the well seven times, saying the rosary as they went.\n\nMaybe there are people here tonight who remember the pattern themselves, and I'd love to hear from them.\nEOF\ntextutil -convert rtf -font Georgia -fontsize 24 holy_well.txt -output 'Holy well talk.rtf' && rm holy_well.txt && ls"}, "Holy well talk.rtf\nnotices oct.docx", 0),
            ("a", "I've saved it on your Desktop as 'Holy well talk.rtf', in 24-point Georgia, which is nice and big. Double-click it to open it, and print it from there."),
            ("u", "acceptance", "Grand, I can read that from across the room. Thanks pet."),
        ]},
        # C2c last bus on a Saturday; repeat_narrow, acceptance, decline_offer
        {"time": "18:20:00", "title": "Last bus from Ennis on Saturday", "steps": [
            ("u", "plain", "What time is the last bus back from Ennis to Ennistymon on a Saturday? I want to go to the farmers' market."),
            ("t", "web_search", {"query": "350 bus Ennis to Ennistymon timetable last bus"},
             "Route 350 Ennis Bus Station to Ennistymon. Mon-Fri last departures 19:00, 21:15 (arr Ennistymon 19:45, 22:00). Saturday last departure 18:50 (arr Ennistymon 19:35). Sunday last departure 18:05.", 0),
            ("a", "The last 350 from Ennis bus station to Ennistymon is at 21:15, getting in at 22:00, so you'd have plenty of time at the market."),
            ("u", "repeat_narrow", "On a Saturday, pet. The last one on a Saturday."),
            ("a", "Sorry - the 21:15 only runs Monday to Friday. On a Saturday the last bus from Ennis is at 18:50, and it gets into Ennistymon at 19:35."),
            ("u", "acceptance", "Ten to seven, that's grand. The market's long over by then anyway."),
            ("a", "Would you like me to note it down for you for next time?"),
            ("u", "decline_offer", "No, no need, I'll write it on the calendar in the kitchen."),
        ]},
    ],
    "2026-10-05": [
        # C3a family list for the children; echo, partial (second), followup
        {"time": "20:10:00", "title": "Family list for Christmas", "steps": [
            ("u", "plain", "Aoife's asked me to explain the family tree to the children at Christmas. Could you give me a simple list of my side going back? Me, my father John Hehir, his father Patrick Hehir born 1881, and his father Michael Hehir. Just the names and dates, nothing else."),
            ("a", "What a lovely Christmas project! Here's a family story the children can follow:\n\nGreat-great-grandad Michael Hehir was a farmer in Carrowkeel, back when there were no cars or phones! His son Patrick was born in 1881. Fun fact: Patrick was a boy when the first telephones came to Ireland!\n\nPatrick's son John grew up in Carrowkeel too, and John is Nana's daddy.\n\nAnd that makes Nana the granddaughter of Patrick and the great-granddaughter of Michael. Can you count the generations back to Michael?"),
            ("u", "echo", "Just the names and dates, pet. Nothing else."),
            ("a", "Michael Hehir (1812 - 1887)\nPatrick Hehir (1881 - )\nJohn Hehir\nNana"),
            ("u", "partial", "That's the way I wanted it. But where did you get 1812 and 1887 for Michael? We don't know those yet. Put a question mark."),
            ("a", "Michael Hehir (? - ?)\nPatrick Hehir (born 1881)\nJohn Hehir\nNana"),
            ("u", "followup", "Grand. My father John was born in 1912, put that in too."),
            ("a", "Michael Hehir (? - ?)\nPatrick Hehir (born 1881)\nJohn Hehir (born 1912)\nNana"),
        ]},
        # C3b garlic; explicit, acceptance
        {"time": "12:25:00", "title": "Is it too late for garlic", "steps": [
            ("u", "plain", "Is it too late to plant garlic? I got a few bulbs at the market on Saturday."),
            ("a", "Unfortunately, yes, it's too late for this year. Garlic is planted in spring, in March or April, once the soil warms up. Keep the bulbs somewhere cool and dry until then, though they may start to sprout."),
            ("u", "explicit", "That's not right, I think, Timmy. Paddy next door always has his in before Christmas, and he has the best garlic in the parish."),
            ("a", "Paddy is right, and I was wrong. Autumn is actually the best time to plant garlic: from October to December. It needs a spell of cold to make good bulbs. Break the bulbs into cloves, and plant each one pointy end up, about 2-3 cm deep and 15 cm apart, in a sunny spot that doesn't get waterlogged. You'll lift them next June or July."),
            ("u", "acceptance", "I'll get them in at the weekend so, and I won't tell Paddy you doubted him."),
        ]},
        # C3c tablets in memory; instead, new_task, acceptance
        {"time": "16:40:00", "title": "Tablets in the notes", "steps": [
            ("u", "plain", "Could you put my tablets in your notes, so I can ask you if I forget? Levothyroxine 50 in the morning, Amlodipine 5 in the morning, Atorvastatin 20 at night, and Vitamin D 25,000 on Sundays."),
            ("t", "memory", {"action": "add", "target": "user", "content": "Owner's tablets: Levothyroxine 50mcg morning (first thing); Amlodipine 5mg morning; Atorvastatin 20mg night; Vitamin D 25,000 IU Sunday mornings only."}, "Saved to memory.", 0),
            ("a", "I've saved your tablets. Here's a summary, with the main things to know about each:\n\nLevothyroxine 50mcg (morning): take on an empty stomach 30-60 minutes before breakfast. Side effects can include palpitations, sweating, weight loss, tremor and sleeplessness if the dose is too high.\n\nAmlodipine 5mg (morning): can cause ankle swelling, flushing, headaches and dizziness.\n\nAtorvastatin 20mg (night): report any unexplained muscle pain or weakness to your doctor. Rarely it can affect the liver.\n\nVitamin D 25,000 IU (Sundays): too much over a long time can raise calcium levels, causing nausea, thirst and confusion."),
            ("u", "instead", "Ah, I'd rather you didn't go listing all the side effects, you'll have me frightened out of my wits. A short 'it's saved' would do me."),
            ("a", "It's saved."),
            ("u", "new_task", "Now. What do I take on a Sunday morning?"),
            ("a", "On a Sunday morning: the Levothyroxine first thing, then the Amlodipine, and the Vitamin D."),
            ("u", "acceptance", "Good man. You'll be my memory from now on."),
        ]},
    ],
    "2026-10-19": [
        # C4a midterm outings; repeat_narrow, followup, acceptance (of offer), acceptance
        {"time": "10:00:00", "title": "Midterm with the grandchildren", "steps": [
            ("u", "plain", "What would be a good thing to do with Oisín and Saoirse at midterm if it's raining? They're nine and twelve. I've no car, so it'd have to be near Ennistymon or a bus ride away."),
            ("a", "Here are some rainy-day ideas in Clare and around:\n\n1. Aillwee Cave, Ballyvaughan - guided tour underground\n2. The Burren Perfumery, Carron\n3. Lahinch Seaworld aquarium and leisure centre\n4. Cliffs of Moher Visitor Experience\n5. Bunratty Castle and Folk Park\n6. Galway Atlantaquaria, Salthill\n7. Craggaunowen, the living past experience near Quin\n8. Dromoland's falconry\n9. Ennis cinema and the De Valera Library\n10. The Burren Centre, Kilfenora\n\nMost are about a 30-60 minute drive away."),
            ("u", "repeat_narrow", "Just the ones we'd get to on the bus from Ennistymon, pet."),
            ("a", "The ones you can reach easily by bus from Ennistymon:\n\n1. Lahinch Seaworld - the 350 gets you there in five minutes.\n2. The Cliffs of Moher Visitor Experience - the 350 goes on to the Cliffs, about 25 minutes.\n3. Ennis - the cinema and the De Valera Library, about 45 minutes on the 350."),
            ("u", "followup", "Seaworld would do them. They'll want a swim after too - is there a pool in it?"),
            ("a", "Yes, Lahinch Seaworld has a leisure pool as well as the aquarium, so you could do both in the one trip. Would you like me to check the pool times for the midterm week?"),
            ("u", "acceptance", "Do, please, that'd be great."),
            ("t", "web_search", {"query": "Lahinch Seaworld leisure centre pool public swim times midterm"}, "Lahinch Seaworld & Leisure Centre - Public swimming: Mon-Fri 10:00-20:00, Sat-Sun 10:00-18:00. Aquarium open daily 10:00-18:00. Family tickets available.", 0),
            ("a", "The pool is open for public swimming from 10 to 8 on weekdays and 10 to 6 at the weekend, and the aquarium is open every day from 10 to 6. There are family tickets, so ask for one at the desk."),
            ("u", "acceptance", "Lovely, that's the midterm sorted. They'll sleep well that night!"),
        ]},
        # C4b November prayer; explicit, no reply (chosen null)
        {"time": "15:30:00", "title": "Verse for November", "steps": [
            ("u", "plain", "Could you give me a nice short prayer or verse for the back page of the newsletter for November? It's the month of the Holy Souls."),
            ("a", "Here's a lovely short poem for November:\n\n'When I am gone, release me, let me go,\nI have so many things to see and do.\nYou mustn't tie yourself to me with tears,\nBe happy that we had so many years.'\n\nIt's a popular modern verse that's often read at funerals, and it would suit the back page well."),
            ("u", "explicit", "That's not what I asked for at all, pet, that's not a prayer. Never mind, I'll find one myself in the missal."),
        ]},
        # C4c Latin baptism entry; explicit, followup, clarify_answer, acceptance
        {"time": "21:00:00", "title": "Latin in the baptism register", "steps": [
            ("u", "plain", "My grandfather's baptism in the parish register is written in Latin: 'Patricius filius Michaelis Hehir et Brigidae Considine, natus die 3a Aprilis 1881'. Could you translate it for me?"),
            ("a", "It says: 'Patrick, son of Michael Hehir and Bridget Considine, baptised on the 3rd day of April 1881.'"),
            ("u", "explicit", "You've that bit wrong, I think - natus is born, not baptised. I did a bit of Latin at school, you know."),
            ("a", "You're right, I'm sorry. 'Natus' means 'born'. So it reads: 'Patrick, son of Michael Hehir and Bridget Considine, born on the 3rd day of April 1881.'"),
            ("u", "followup", "Good. So where would the baptism date be, then?"),
            ("a", "In a Catholic baptism register the baptism date is usually in its own column, often at the very start of the line, or written as 'baptizatus' or 'bapt.' with a date. Is there another date on that line or in the column beside it?"),
            ("u", "clarify_answer", "There is, now you say it - at the start it says 'bapt. 5a Aprilis'."),
            ("a", "Then Patrick was born on the 3rd of April 1881 and baptised two days later, on the 5th of April 1881. That was very common - babies were usually baptised within a few days of birth."),
            ("u", "acceptance", "Isn't that great. Two days old and out in the April weather to the chapel. Thank you pet."),
        ]},
    ],
}
