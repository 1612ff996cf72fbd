"""Format A sessions (one session per JSON file). Blind author AC, corpus fresh28."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_A = [
    {"date": "2026-07-01", "time": "06:42:10", "title": "Rebounding practice plan", "platform": "cli", "steps": [
        U("plain", "hey timmy ok so I need a 90 min practice plan for tomorrow, varsity. we got killed on the boards friday so heavy on rebounding"),
        A("Here's a 90-minute varsity practice:\n\n- 0:00-0:10 Dynamic warmup + form shooting\n- 0:10-0:25 Shell drill (4-on-4 defensive rotations)\n- 0:25-0:40 Spot-up shooting, 5 spots, game speed\n- 0:40-0:50 Rebounding: box-out partner drill\n- 0:50-1:05 Transition 3-on-2 / 2-on-1\n- 1:05-1:20 Half-court offense vs. scout defense\n- 1:20-1:30 Free throws under fatigue + cooldown\n\nThis keeps a balanced mix so nothing else slips while you shore things up."),
        U("repeat_narrow", "ok so the rebounding part. I need like half the practice on it. boxing out, 2 on 2 crash drills, that kind of stuff"),
        A("Got it, rebounding-first version (45 of the 90 minutes):\n\n- 0:00-0:10 Dynamic warmup\n- 0:10-0:20 Box-out partner drill: find, hit, hold for 3 seconds\n- 0:20-0:30 Circle box-out: 4 offense around the circle, ball in the middle, defense has to keep them off it\n- 0:30-0:40 2-on-2 crash: coach shoots, live until a rebound is secured, offense scores on a putback\n- 0:40-0:50 Shell drill, every possession ends with all 4 boxing out\n- 0:50-0:55 Water\n- 0:55-1:05 3-on-3 rebound-and-outlet: defensive board has to hit the outlet in 2 seconds\n- 1:05-1:20 Half-court 5-on-5, extra point for every offensive board\n- 1:20-1:30 Free throws + cooldown\n\nCount it up: 10 + 10 + 10 + 10 + 10 + 5 of the 5-on-5 = about 50 minutes of board work."),
        U("acceptance", "better. printing this"),
        A("Good luck tomorrow. Make 'em hit somebody."),
    ]},
    {"date": "2026-07-01", "time": "20:15:33", "title": "Tournament time change email", "platform": "telegram", "steps": [
        U("plain", "need an email to parents about the schedule change. saturday tournament moved from 9am to 11am at Wapakoneta, bus leaves at 9:30 now"),
        A("Subject: Saturday Tournament - New Start Time\n\nHi Lancer families,\n\nQuick update for Saturday: our first game at Wapakoneta has been moved from 9:00 AM to 11:00 AM. The team bus will now leave the high school at 8:30 AM.\n\nPlease have players at school 15 minutes before departure with their home and away uniforms.\n\nThanks, and go Lancers!\nCoach Kowalski"),
        U("echo", "bus leaves at 9:30. 9:30"),
        A("Fixed:\n\nSubject: Saturday Tournament - New Start Time\n\nHi Lancer families,\n\nQuick update for Saturday: our first game at Wapakoneta has been moved from 9:00 AM to 11:00 AM. The team bus will now leave the high school at 9:30 AM.\n\nPlease have players at school 15 minutes before departure (9:15) with their home and away uniforms.\n\nThanks, and go Lancers!\nCoach Kowalski"),
        U("followup", "perfect. add a line that parents need 2 bucks for the gate, the school doesnt cover them"),
        A("Added after the uniform line:\n\nParents and fans: admission at Wapakoneta is $2 at the gate, and the school doesn't cover it, so bring cash.\n\nEverything else stays the same."),
        U("acceptance", "sent. thanks man"),
    ]},
    {"date": "2026-07-02", "time": "13:05:12", "title": "Three point leaders", "platform": "cli", "steps": [
        U("plain", "ok so theres a csv on my desktop stats_week6.csv. who's shooting the best from three, min 10 attempts"),
        T("terminal", {"command": "head -3 ~/Desktop/stats_week6.csv && wc -l ~/Desktop/stats_week6.csv"}, "player,games,pts,fga,fgm,3pa,3pm,fta,ftm\nMarcus Webb,6,102,78,38,30,12,28,20\nTyrell Jones,6,71,60,27,24,8,14,9\n13 /Users/mike/Desktop/stats_week6.csv"),
        T("terminal", {"command": "sort -t, -k7 -nr ~/Desktop/stats_week6.csv | head -4 | cut -d, -f1,6,7"}, "Marcus Webb,30,12\nJake Miller,22,9\nTyrell Jones,24,8\nCole Bauer,6,4"),
        A("Top three-point shooters this week:\n\n1. Marcus Webb - 12 made\n2. Jake Miller - 9 made\n3. Tyrell Jones - 8 made\n4. Cole Bauer - 4 made\n\nMarcus is clearly your best threat from deep."),
        U("explicit", "no thats most makes, not best percentage. and Cole only took 6 so he shouldnt even be on there"),
        T("terminal", {"command": "awk -F, 'NR>1 && $6>=10 {printf \"%s,%d/%d,%.1f\\n\", $1,$7,$6,100*$7/$6}' ~/Desktop/stats_week6.csv | sort -t, -k3 -nr"}, "Jake Miller,9/22,40.9\nMarcus Webb,12/30,40.0\nTyrell Jones,8/24,33.3\nDeShawn Carter,4/13,30.8\nEvan Roth,3/11,27.3"),
        A("By percentage, 10+ attempts only:\n\n1. Jake Miller - 9/22, 40.9%\n2. Marcus Webb - 12/30, 40.0%\n3. Tyrell Jones - 8/24, 33.3%\n4. DeShawn Carter - 4/13, 30.8%\n5. Evan Roth - 3/11, 27.3%\n\nCole (4/6) is left out under the 10-attempt minimum."),
        U("new_task", "ok cool. different thing, whats the free throw % for the whole team combined"),
        T("terminal", {"command": "awk -F, 'NR>1 {a+=$8; m+=$9} END {printf \"%d/%d %.1f\\n\", m, a, 100*m/a}' ~/Desktop/stats_week6.csv"}, "96/163 58.9"),
        A("Team free throws: 96 of 163, which is 58.9%."),
        U("acceptance", "thats ugly lol. thanks"),
    ]},
    {"date": "2026-07-03", "time": "19:48:01", "title": "Silverado price check", "platform": "telegram", "steps": [
        U("plain", "hey I'm looking at a 2017 silverado 1500 with 98k miles, guy wants 24,500. is that a decent price"),
        A("It depends a lot on the trim and drivetrain. What trim is it (WT, LT, LTZ), and is it 4x4?"),
        U("clarify_answer", "LT, 4x4, 5.3 v8. its ohio so yeah some rust on the rocker panels"),
        A("Pricing on used trucks varies widely right now depending on region, condition, options and how motivated the seller is. Rust is a factor, as is maintenance history, tire condition and whether it has the tow package. It's worth comparing several listings and looking at a pricing guide before deciding."),
        U("instead", "I want a number man. what would YOU pay for it"),
        T("web_search", {"query": "2017 Chevrolet Silverado 1500 LT 4x4 5.3 98000 miles private party value Ohio"}, "KBB private party range for 2017 Silverado 1500 LT Double Cab 4WD, ~100k miles: $21,400-$24,100. Listings within 100 mi of Lima OH: $22,900-$26,500 (dealer)."),
        A("I'd pay about $22,000, and I'd walk at $23,500.\n\nPrivate-party guides put this truck at roughly $21,400-$24,100 with ~100k miles, and dealers around you list them at $22,900-$26,500. At $24,500 he's asking dealer money for a private sale, and the rocker rust knocks it down further.\n\nWant me to draft a list of questions to ask the seller before you go look at it?"),
        U("decline_offer", "nah I'll wing it. thanks though"),
        A("Sounds good. Open at 22 and see what he says."),
    ]},
    {"date": "2026-07-04", "time": "10:20:44", "title": "Fantasy draft strategy", "platform": "cli", "steps": [
        U("plain", "ok so fantasy draft is aug 15. 12 team PPR, I pick 7th. give me a strategy"),
        A("From the 7th spot in a 12-team league:\n\nRound 1-2: Take the best workhorse running backs available. Rushing yards and touchdowns drive standard scoring, so two bell-cow RBs give you a weekly floor.\nRound 3: Best WR available.\nRound 4: Elite QB if one is there.\nRounds 5-8: Fill WR2/RB3, grab a TE if a top-6 one falls.\nLate: Handcuffs for your RBs, kicker and defense last two rounds.\n\nIn standard scoring, receptions don't count, so don't overpay for possession receivers."),
        U("echo", "PPR man. 12 team PPR"),
        A("Right, PPR changes it. From 7th in 12-team PPR:\n\nRound 1: Elite WR if one of the top 5 is there, otherwise a pass-catching RB.\nRound 2: Whatever you didn't take in round 1 - one high-target WR and one RB who catches 50+ balls.\nRound 3: WR2. Target-share guys (25%+) are gold in PPR.\nRound 4: Elite QB if one is still there.\nRounds 5-7: RB2 and a TE who gets targets.\nRounds 8-12: Pass-catching backs and slot receivers; they score every week in PPR.\nLast two rounds: kicker and defense."),
        U("partial", "ok the WR stuff is good but you got me taking a QB in round 4. nobody in our league does that, QBs go like round 9"),
        A("Then don't be the guy who reaches. Revised from the 7th spot:\n\nRound 1: Top WR or pass-catching RB.\nRound 2: The other one.\nRound 3: WR2.\nRound 4: RB2 or a top-5 TE if one's sitting there.\nRounds 5-8: Stack WR3, RB3 and FLEX depth, target-share guys first.\nRounds 9-10: QB. If your league waits, you'll get a top-10 QB here for nothing.\nRounds 11-14: Backup QB only if there's a bye-week hole, handcuffs, slot WRs.\nLast two: kicker and defense.\n\nWhile everyone else panics on QBs in round 9, you already have four starting-caliber receivers."),
        U("acceptance", "thats the game plan. locked in"),
    ]},
    {"date": "2026-07-05", "time": "21:02:19", "title": "Sourdough pricing for Jen", "platform": "telegram", "steps": [
        U("plain", "my wife Jen does a bakery thing on the side, she wants to figure out pricing for her sourdough loaves. flour is about 18 bucks for 50lb, each loaf uses about 500g flour. what should she charge"),
        A("50 lb of flour is about 22.7 kg, so $18 works out to roughly $0.79 per kg. At 500 g per loaf, that's about $0.40 of flour per loaf.\n\nA common rule is to charge 3x to 4x ingredient cost, so about $3 per loaf would give her a healthy margin."),
        U("instead", "forget the price for a sec. what I want is a real per loaf cost: flour, salt, the paper bags, and her time. she does about 20 min hands on per loaf and wants 20 an hour"),
        A("Per-loaf cost, real version:\n\n- Flour (500 g): $0.40\n- Salt (~10 g): $0.02\n- Paper bag + sticker: about $0.35\n- Her time (20 min at $20/hr): $6.67\n\nTotal: about $7.44 per loaf.\n\nThe ingredients are the cheap part; her time is almost 90% of the cost. Anything under about $7.50 means she's working for less than $20 an hour."),
        U("followup", "ok and if she does 30 loaves a week what does that come to for the month, profit, at 9 bucks a loaf"),
        A("At $9 a loaf and 30 loaves a week:\n\n- Revenue: $270/week\n- Ingredients + bags: 30 x $0.77 = $23.10/week\n- Left over: $246.90/week, or about $1,070 a month (4.33 weeks)\n\nThat $1,070 is what she takes home for about 10 hours of hands-on time a week, which works out to roughly $24.70 an hour. If you count the $20/hr as a cost, the profit on top of her wage is about $1.56 a loaf, so about $200 a month."),
        U("acceptance", "she's gonna love this. thx"),
    ]},
    {"date": "2026-07-06", "time": "07:31:50", "title": "Practice time and car wash weather", "platform": "cli", "steps": [
        U("plain", "remember that practice is at 3:15 on weekdays this season, not 3:00"),
        T("memory", {"action": "add", "text": "Practice this season: weekdays at 3:15 PM (not 3:00)."}, "saved"),
        A("Saved: weekday practice starts at 3:15 this season."),
        U("new_task", "also whats the weather saturday in lima oh, we got the outdoor car wash fundraiser"),
        T("web_search", {"query": "Lima weather Saturday forecast"}, "Lima, Peru - Saturday: Overcast, 19°C / 66°F, light drizzle (garúa) in the morning, 0% chance of rain after noon."),
        A("Saturday in Lima: overcast, around 66°F, with some light drizzle in the morning clearing by noon. Afternoon looks best for the car wash."),
        U("echo", "lima OHIO. the one 20 min from me"),
        T("web_search", {"query": "Lima Ohio weather forecast Saturday"}, "Lima, OH - Saturday: Sunny, high 84°F, low 63°F, 10% chance of rain, winds SW 5-10 mph."),
        A("Lima, Ohio on Saturday: sunny, high of 84, only a 10% chance of rain, light southwest wind. Good car wash weather, just bring sunscreen and water for the kids."),
        U("acceptance", "sweet. gonna be a money day"),
    ]},
    {"date": "2026-07-07", "time": "16:44:03", "title": "Reply to parent about minutes", "platform": "telegram", "steps": [
        U("plain", "a parent emailed mad that her son isnt getting minutes. help me respond. kid is a sophomore on varsity, he's behind two seniors"),
        A("Here's a draft:\n\nDear Mrs. Harmon,\n\nThank you for reaching out. I understand your frustration. To be transparent about how rotation decisions are made, here is where the guards stand this season:\n\n- Jake Miller (Sr.): 11.2 ppg, 4.1 apg, 2.0 turnovers\n- Evan Roth (Sr.): 8.7 ppg, 3.3 apg, 1.4 turnovers\n- Brody Harmon (So.): 2.1 ppg, 1.0 apg, 2.3 turnovers\n\nAs the numbers show, Brody's production doesn't yet match the seniors ahead of him. His minutes will increase as his decision-making improves.\n\nSincerely,\nCoach Kowalski"),
        U("reject_approach", "I'm not putting other kids stats in an email to a parent, that's a no go. just offer to sit down and talk"),
        A("Fair. Here's a version that just opens the door:\n\nHi Mrs. Harmon,\n\nThanks for reaching out, I appreciate you telling me directly. Brody works hard and I'm glad he's in our program. I'd rather talk about his role in person than over email. Could we sit down for 15 minutes this week? Happy to include Brody too if you'd like.\n\nCoach Kowalski\n\nWould you like me to suggest specific times for the meeting?"),
        U("decline_offer", "No, she can pick. this is good"),
        A("Sounds good. Leaving it open is the right call with an upset parent."),
    ]},
    {"date": "2026-07-08", "time": "12:10:27", "title": "Rename game film", "platform": "cli", "steps": [
        U("plain", "can you rename all the game film files in ~/Film/2026 so they're like 2026-01-12_vs_Celina.mp4. right now theyre all IMG_4432.MOV type names"),
        T("terminal", {"command": "brew install exiftool"}, "==> Downloading https://ghcr.io/v2/homebrew/core/exiftool/manifests/13.10\n==> Pouring exiftool--13.10.all.bottle.tar.gz\n/opt/homebrew/Cellar/exiftool/13.10: 1,102 files, 27.4MB"),
        A("I installed exiftool with Homebrew so I can read the recording date out of each video's metadata. Next I'll write a small script that pulls the date from each file and renames it; I'll still need the opponent names from you."),
        U("reject_approach", "dont install stuff on my mac without asking. the dates on the files are fine, just use those and I'll tell you who we played"),
        T("terminal", {"command": "brew uninstall exiftool && ls -l -D '%Y-%m-%d' ~/Film/2026"}, "Uninstalling /opt/homebrew/Cellar/exiftool/13.10... (1,102 files, 27.4MB)\n-rw-r--r--  1 mike  staff  2.1G 2026-01-12 IMG_4432.MOV\n-rw-r--r--  1 mike  staff  1.9G 2026-01-16 IMG_4460.MOV\n-rw-r--r--  1 mike  staff  2.3G 2026-01-19 IMG_4471.MOV\n-rw-r--r--  1 mike  staff  2.0G 2026-01-23 IMG_4502.MOV"),
        A("Sorry about that, exiftool is uninstalled. Going by the file dates:\n\n- IMG_4432.MOV - Jan 12\n- IMG_4460.MOV - Jan 16\n- IMG_4471.MOV - Jan 19\n- IMG_4502.MOV - Jan 23\n\nWho did you play on each of those dates?"),
        U("clarify_answer", "12th celina, 16th st marys, 19th kenton, 23rd bath"),
        T("terminal", {"command": "cd ~/Film/2026 && mv IMG_4432.MOV 2026-01-12_vs_Celina.MOV && mv IMG_4460.MOV 2026-01-16_vs_StMarys.MOV && mv IMG_4471.MOV 2026-01-19_vs_Kenton.MOV && mv IMG_4502.MOV 2026-01-23_vs_Bath.MOV && ls"}, "2026-01-12_vs_Celina.MOV\n2026-01-16_vs_StMarys.MOV\n2026-01-19_vs_Kenton.MOV\n2026-01-23_vs_Bath.MOV"),
        A("Done:\n\n- 2026-01-12_vs_Celina.MOV\n- 2026-01-16_vs_StMarys.MOV\n- 2026-01-19_vs_Kenton.MOV\n- 2026-01-23_vs_Bath.MOV\n\nI kept the .MOV extension since renaming to .mp4 wouldn't actually convert the video."),
        U("acceptance", "nice work"),
    ]},
    {"date": "2026-07-09", "time": "09:55:00", "title": "Freshman PE warmup", "platform": "telegram", "steps": [
        U("plain", "whats a good quick warmup for a PE class of 30 freshmen, gym, no equipment"),
        A("Here's a thorough warmup for 30 freshmen:\n\n1. Jump rope intervals (5 min): 30 seconds on, 15 off. Grab the ropes from the equipment closet beforehand.\n2. Cone weave (4 min): set up 6 lines of cones, students high-knee through them.\n3. Partner medicine ball passes (3 min): chest passes with light 4 lb balls.\n4. Agility ladder (5 min): two-feet-in, in-in-out-out, lateral shuffle.\n5. Dynamic stretching (3 min): leg swings, walking lunges, arm circles.\n\nThis builds coordination and gets heart rates up while keeping everyone engaged."),
        U("repeat_narrow", "no equipment. just bodies and a gym floor"),
        A("Equipment-free warmup for 30 students:\n\nPhase 1 - Pulse raiser (6 min): Students jog laps around the perimeter of the gym. Every time you blow the whistle, they change movement: high knees, butt kicks, side shuffle, carioca, backpedal. Rotate every 45 seconds.\n\nPhase 2 - Mobility (6 min): Spread out on the lines. Walking lunges with a twist, inchworms, world's greatest stretch, leg swings front-to-back and side-to-side, arm circles forward and back.\n\nPhase 3 - Activation (5 min): Bodyweight squats x 15, glute bridges x 12, plank 30 seconds, mountain climbers 20 seconds, repeat twice.\n\nPhase 4 - Games (5 min): Mirror tag with partners, then a full-class 'Simon says' using the movements from phase 1.\n\nTotal: about 22 minutes, which gives a complete progression from raising the pulse to sport-ready."),
        U("explicit", "too long man, I got 8 minutes for warmup tops"),
        A("8-minute version:\n\n- 0:00-2:00 Jog the perimeter; whistle switches to high knees, butt kicks, shuffle, carioca\n- 2:00-4:00 On the lines: walking lunges, inchworms, arm circles\n- 4:00-6:00 15 squats, 20-second plank, 20 mountain climbers\n- 6:00-8:00 Mirror tag with a partner\n\nThen straight into the lesson."),
        U("acceptance", "there it is"),
    ]},
    {"date": "2026-07-10", "time": "18:30:45", "title": "Countdown and sectional draw", "platform": "cli", "steps": [
        U("plain", "ok so how many days till the first game, nov 24"),
        T("terminal", {"command": "python3 -c \"from datetime import date; print((date(2026,11,24)-date.today()).days)\""}, "137"),
        A("137 days until November 24. Want me to set up a countdown reminder that pings you every Monday?"),
        U("decline_offer", "nope"),
        A("Got it."),
        U("new_task", "when does the OHSAA site say the sectional draw is this year"),
        T("web_search", {"query": "OHSAA boys basketball 2026-27 sectional tournament draw date"}, "OHSAA Boys Basketball Tournament Regulations 2026-27: District tournament draw meetings will be held Sunday, Feb. 7, 2027. Draw meetings begin at 1:00 p.m. at the district site designated by each district athletic board."),
        A("The OHSAA tournament regulations say the sectional/district draw meetings are on Sunday, February 7, 2027, at the site your district athletic board designates."),
        U("repeat_narrow", "the time though. what time"),
        A("1:00 p.m. on Sunday, February 7."),
        U("acceptance", "k thx"),
    ]},
    {"date": "2026-07-11", "time": "11:14:09", "title": "Injury report for my fantasy guys", "platform": "telegram", "steps": [
        U("plain", "can you check if any of my guys are on the injury report this week. Bijan, Puka, Jakobi Meyers, Kelce"),
        T("web_search", {"query": "NFL injury report this week"}, "NFL Week 2 injury report roundup: Bills - 4 players questionable... Chiefs - Travis Kelce (ankle) questionable, limited Thursday (published Sept 12, 2025)... Falcons - no injury designations... Rams - Puka Nacua full participant..."),
        A("Week 2 injury report roundup:\n\n- Bills: 4 players questionable, including two starting linemen\n- Chiefs: Travis Kelce (ankle) questionable, limited Thursday\n- Cowboys: 3 players out\n- Eagles: 2 questionable\n- Falcons: no injury designations\n- Rams: Puka Nacua full participant\n- Raiders: 5 players on the report\n- 49ers: several starters limited\n\nPlenty of moving parts league-wide this week."),
        U("repeat_narrow", "just my 4 guys. I dont care about the raiders"),
        A("Your four:\n\n- Bijan Robinson: no designation\n- Puka Nacua: full participant, good to go\n- Jakobi Meyers: not listed\n- Travis Kelce: questionable (ankle), limited Thursday"),
        U("explicit", "dude thats from last year, look at the date on it"),
        T("web_search", {"query": "Travis Kelce injury status this week 2026"}, "Chiefs practice report (published 2026-07-10, preseason): Travis Kelce - full participant. No injury designation."),
        A("You're right, that Kelce note was from September 2025. Current reports: Kelce is a full participant with no designation. So none of your four are on the injury report right now: Bijan, Puka, Meyers and Kelce are all clear."),
        U("acceptance", "ok good. all systems go"),
    ]},
    {"date": "2026-07-12", "time": "19:58:40", "title": "Halftime talk outline", "platform": "telegram", "steps": [
        U("plain", "quick, give me a halftime talk outline. we're down 12 to Kenton and the guys look dead"),
        A("Here's a halftime talk you can deliver:\n\n\"Listen up. Look at me. Twelve points is nothing. Twelve points is four possessions. We have sixteen minutes left, and I have watched this group come back from worse. Remember Bath in December? We were down fifteen and nobody in that gym thought we had a chance except the guys in this room.\n\nRight now we are playing scared. We're catching the ball and looking at the bench. We're letting their bigs camp in the lane because nobody wants to put a body on them. That stops now.\n\nHere's what changes: we box out on every shot. We get back on defense, no cherry-picking. And on offense we move the ball, we stop settling for the first three.\n\nI don't care about the scoreboard. I care about the next four minutes. Win the next four minutes and we'll talk again. Hands in.\""),
        U("explicit", "I said outline. bullet points. I'm not reading a speech to a bunch of 16 year olds"),
    ]},
]
