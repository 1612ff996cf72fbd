"""Format D sessions (trajectories, 3 conversations per file). Blind author AC, corpus fresh28."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_D = {
    "2026-07-05": [
        {"time": "08:22:15", "title": "Conditioning without suicides", "steps": [
            U("plain", "give me conditioning ideas that arent suicides. the guys hate em and honestly so do I"),
            A("Here are some alternatives:\n\n1. 17s: sideline to sideline 17 times in under a minute.\n2. Ladders: baseline to free throw line and back, half court and back, far free throw and back, far baseline and back.\n3. Sideline touches: touch each sideline 10 times, rest 30 seconds, repeat 5 times.\n4. Timed full-court sprints: 10 down-and-backs, each under 12 seconds."),
            U("instead", "17s and ladders are just suicides with a new name lol. I want stuff with a ball in their hands"),
            A("Conditioning with a ball:\n\n1. 3-man weave, continuous: make it down and back without a miss or the group goes again. 5 minutes.\n2. 11-man break: nonstop 3-on-2 fast break, whoever rebounds outlets the other way. Runs itself.\n3. 2-minute layup drill: team needs 50 layups in 2 minutes, two lines, full court.\n4. Full-court 1-on-1 in lanes: offense goes coast to coast, defense has to stay in the lane, switch on the way back.\n5. Rebound-and-go: coach shoots, rebounder dribbles full court for a layup, sprints back. 30 seconds on, 30 off.\n\nSame lungs, way less whining."),
            U("acceptance", "11 man break is going in every day"),
        ]},
        {"time": "14:40:02", "title": "Uniform return email", "steps": [
            U("plain", "email to parents: uniforms due back by march 10, washed, in the mesh bag they came in"),
            A("Subject: Uniform Return - Due March 10\n\nHi Lancer families,\n\nThanks for a great season! Please return your son's home and away uniforms by Tuesday, March 10.\n\n- Wash them first: hot water with a cup of bleach to get them fully clean\n- Put them back in the mesh bag they came in\n- Drop them at the athletic office or with me in the gym\n\nThanks!\nCoach Kowalski"),
            U("followup", "add that missing uniforms are 75 bucks"),
            A("Subject: Uniform Return - Due March 10\n\nHi Lancer families,\n\nThanks for a great season! Please return your son's home and away uniforms by Tuesday, March 10.\n\n- Wash them first: hot water with a cup of bleach to get them fully clean\n- Put them back in the mesh bag they came in\n- Drop them at the athletic office or with me in the gym\n\nUnreturned uniforms will be billed at $75 each.\n\nThanks!\nCoach Kowalski"),
            U("partial", "good but take out the bleach thing. bleach wrecks the numbers on those, cold wash and hang dry"),
            A("Subject: Uniform Return - Due March 10\n\nHi Lancer families,\n\nThanks for a great season! Please return your son's home and away uniforms by Tuesday, March 10.\n\n- Wash them first: cold water, no bleach, hang dry (bleach and dryers ruin the numbers)\n- Put them back in the mesh bag they came in\n- Drop them at the athletic office or with me in the gym\n\nUnreturned uniforms will be billed at $75 each.\n\nThanks!\nCoach Kowalski"),
            U("acceptance", "sending"),
        ]},
        {"time": "20:55:39", "title": "Silverado vs F-150", "steps": [
            U("plain", "ok so 2017 silverado LT 98k miles vs 2016 f150 XLT 2.7 ecoboost 85k. which one"),
            A("Both are solid. What are you mainly going to use it for? Towing, commuting, hauling?"),
            U("clarify_answer", "hauling the ball cart and gear, pulling Jen's bakery trailer sometimes, like 3000 lbs. and ohio winters so 4x4 for sure"),
            A("For your use I'd take the Silverado, slightly.\n\n- 3,000 lbs is easy for either one.\n- The 5.3 V8 is simple and cheap to fix. The 2.7 EcoBoost is strong and gets better mileage, but twin turbos are more to go wrong at 85k+.\n- The F-150's aluminum body won't rust the way the Silverado's steel rockers do, which matters in Ohio winters.\n\nSo: if the Silverado's rust is only surface, it's the lower-risk truck. If the rust is bad, the F-150's body is the tiebreaker."),
            U("acceptance", "makes sense. gonna look at the chevy first"),
        ]},
    ],
    "2026-07-11": [
        {"time": "09:10:48", "title": "Points per game chart", "steps": [
            U("plain", "can you make me a chart of our points per game over the season from season.csv"),
            T("terminal", {"command": "head -3 ~/Stats/season.csv"}, "game,date,opponent,home_away,pts_for,pts_against,fg_pct,3p_pct,ft_pct,reb,ast,to,stl,blk\n1,2025-11-25,Celina,H,58,51,.421,.310,.640,31,12,14,8,3\n2,2025-11-29,Kenton,A,49,55,.380,.250,.590,27,9,17,6,2"),
            T("terminal", {"command": "pip3 install matplotlib pandas"}, "Collecting matplotlib\n  Downloading matplotlib-3.10.1-cp312-cp312-macosx_11_0_arm64.whl (8.0 MB)\nCollecting pandas\n  Downloading pandas-2.2.3-cp312-cp312-macosx_11_0_arm64.whl (11.3 MB)\nSuccessfully installed matplotlib-3.10.1 pandas-2.2.3 numpy-2.2.4 pillow-11.1.0"),
            A("I installed matplotlib and pandas and I'm writing a script to plot points per game by game number. It'll save as ~/Desktop/ppg_chart.png."),
            U("reject_approach", "whoa dont install python stuff. I just want to paste it in google sheets and chart it there"),
            T("terminal", {"command": "pip3 uninstall -y matplotlib pandas numpy pillow && cat ~/Stats/season.csv"}, "Successfully uninstalled matplotlib-3.10.1\nSuccessfully uninstalled pandas-2.2.3\nSuccessfully uninstalled numpy-2.2.4\nSuccessfully uninstalled pillow-11.1.0\ngame,date,opponent,home_away,pts_for,pts_against,fg_pct,3p_pct,ft_pct,reb,ast,to,stl,blk\n1,2025-11-25,Celina,H,58,51,.421,.310,.640,31,12,14,8,3\n2,2025-11-29,Kenton,A,49,55,.380,.250,.590,27,9,17,6,2\n3,2025-12-02,Bath,H,63,47,.455,.360,.700,35,15,11,10,4\n4,2025-12-06,Wapakoneta,A,52,60,.401,.280,.610,29,10,16,5,1"),
            A("Uninstalled them. Here's the whole file to paste into Sheets (Data > Split text to columns):\n\ngame,date,opponent,home_away,pts_for,pts_against,fg_pct,3p_pct,ft_pct,reb,ast,to,stl,blk\n1,2025-11-25,Celina,H,58,51,.421,.310,.640,31,12,14,8,3\n2,2025-11-29,Kenton,A,49,55,.380,.250,.590,27,9,17,6,2\n3,2025-12-02,Bath,H,63,47,.455,.360,.700,35,15,11,10,4\n4,2025-12-06,Wapakoneta,A,52,60,.401,.280,.610,29,10,16,5,1\n\nThen Insert > Chart and pick the columns you want."),
            U("repeat_narrow", "just the game number and our points. two columns, thats all I want to paste"),
            A("Paste this, then Insert > Chart (it'll pick a line chart):\n\ngame,points\n1,58\n2,49\n3,63\n4,52"),
            U("acceptance", "chart looks sick. thanks"),
        ]},
        {"time": "13:33:21", "title": "Cottage food license", "steps": [
            U("plain", "does jen need a license to sell bread at the farmers market in ohio? she bakes from home"),
            T("web_search", {"query": "Ohio cottage food law license baked goods farmers market"}, "Ohio Department of Agriculture: Cottage food operations may produce certain non-potentially hazardous foods (breads, cookies, cakes without cream fillings) in a home kitchen without a license. Products must be labeled with name and address, product name, ingredients in descending order, net weight, allergen statement and the statement 'This Product is Home Produced'."),
            A("No license needed for what she makes. Ohio's cottage food rules let her bake breads, cookies and cakes (without cream fillings) at home and sell them without a license.\n\nThe catch is labeling. Each item needs: her name and address, product name, ingredients in order, net weight, allergens, and the line \"This Product is Home Produced.\"\n\nWant me to draft a label template with all of that?"),
            U("decline_offer", "No, she already has labels that say all that. she just wasn't sure on the license part"),
            A("Then she's set."),
            U("new_task", "what about sales tax on baked goods. does she have to charge it"),
            A("Generally, food sold for home consumption is exempt from sales tax in most states, while prepared food meant to be eaten on site is often taxable. Rules vary, so check with your state's department of revenue."),
            U("echo", "in ohio. I said ohio"),
            T("web_search", {"query": "Ohio sales tax baked goods bakery items exempt food for human consumption"}, "Ohio Department of Taxation: Food for human consumption off the premises is exempt from sales tax, including bakery items sold without eating utensils... Sales of prepared food, or food sold with utensils or for consumption on premises, are taxable."),
            A("In Ohio, no. Bread, cinnamon rolls and the rest sold to take home are food for human consumption and exempt from Ohio sales tax. It would only become taxable if she started selling food to eat on the spot with utensils, like plated slices with forks."),
            U("acceptance", "perfect, one less headache"),
        ]},
        {"time": "19:47:05", "title": "Flex start or sit", "steps": [
            U("plain", "who do I start at flex, Rhamondre or Jakobi Meyers. PPR, week 3"),
            A("Both have a case. Rhamondre Stevenson has a solid floor from early-down work and sees some targets out of the backfield, but the Patriots' offensive line has been inconsistent. Jakobi Meyers is a target-share receiver who tends to do well in PPR, though his ceiling depends on game script and quarterback play. If you want safety, Meyers' targets are steadier; if you want touchdown upside, Stevenson gets goal-line work. It comes down to your risk tolerance and how the rest of your lineup projects this week."),
            U("repeat_narrow", "just pick one"),
            A("Meyers."),
            U("acceptance", "meyers it is. if he busts its on you"),
        ]},
    ],
    "2026-07-17": [
        {"time": "07:12:36", "title": "Volleyball day 1 lesson", "steps": [
            U("plain", "I need a 50 min lesson plan for the volleyball unit, day 1, 7th graders"),
            A("Day 1 Volleyball (50 min):\n\n- 0-8: Warmup + approach footwork (left-right-left for righties)\n- 8-20: Jump serve progression: toss consistency, then approach and contact\n- 20-30: Serve receive in 3-person patterns, setter runs from right back\n- 30-40: Hitting lines off a setter, emphasize high elbow and wrist snap\n- 40-50: 6v6 with 5-1 rotation"),
            U("echo", "7th graders. half of them have never touched a volleyball"),
            A("Day 1 for beginners (50 min):\n\n- 0-7: Warmup tag game\n- 7-17: Forearm pass basics: platform, feet shoulder width, \"pass with your legs not your arms.\" Self-toss and pass to a wall.\n- 17-27: Partner toss-and-pass: one tosses underhand, the other bumps it back. 10 and switch.\n- 27-37: Overhead set: make the triangle with your hands, partner tosses, set it back.\n- 37-47: Keep It Up: groups of 4 in a circle, count how many touches before it drops. Beat your record.\n- 47-50: Cool down, quick recap\n\nNo serving or spiking yet. Day 1 is just getting comfortable with the ball."),
            U("followup", "can you make a quick skills checklist I can use to check em off"),
            A("Volleyball Skills Checklist - Day 1\n\nName: ________\n\n[ ] Forms a platform (hands together, thumbs even, arms straight)\n[ ] Passes off a toss to a partner 3 times in a row\n[ ] Makes the triangle for the overhead set\n[ ] Sets a tossed ball back to a partner\n[ ] Keeps the ball up with a group for 5+ touches"),
            U("acceptance", "great. printing 30"),
        ]},
        {"time": "12:05:50", "title": "Find the playbook pdf", "steps": [
            U("plain", "where did I save the playbook pdf, it's something like motion offense"),
            T("terminal", {"command": "mdfind -name 'motion' | grep -i pdf"}, "/Users/mike/Documents/Coaching/Motion Offense v2.pdf\n/Users/mike/Documents/Coaching/Motion Offense v3.pdf\n/Users/mike/Downloads/motion_offense_clinic_notes.pdf"),
            A("Found three:\n\n1. Documents/Coaching/Motion Offense v2.pdf\n2. Documents/Coaching/Motion Offense v3.pdf\n3. Downloads/motion_offense_clinic_notes.pdf\n\nWhich one do you want?"),
            U("clarify_answer", "the v3 one. open it"),
            T("terminal", {"command": "open '/Users/mike/Documents/Coaching/Motion Offense v3.pdf'"}, ""),
            A("Opened Motion Offense v3.pdf in Preview."),
            U("acceptance", "thanks"),
        ]},
        {"time": "17:28:14", "title": "Saying no to the booster club", "steps": [
            U("plain", "help me say no to the booster club president. she wants me to run the 50/50 raffle at every home game and I already run the clock"),
            A("Hi Linda,\n\nThanks for thinking of me for the 50/50. Since I'm already running the clock at home games, doing both every night would be tough, but I could take the raffle for half of the home games, maybe the Friday ones, if you can find someone for the rest.\n\nLet me know what works!\nMike"),
            U("explicit", "I'm not offering to do half. I want to say no"),
            A("Linda,\n\nI will not be running the 50/50 raffle. I already run the clock and cannot take on anything else.\n\nMike"),
            U("instead", "I want it friendly, she's a good lady. something like thanks for thinking of me but I'm maxed out, maybe a parent volunteer could do it"),
            A("Hi Linda,\n\nThanks so much for thinking of me for the 50/50, and for everything the boosters do for our kids. With the clock at every home game I'm maxed out, so I'm going to have to pass this year. Maybe one of our parents would be up for it? I'm happy to mention it at the next parent meeting.\n\nThanks again,\nMike"),
            U("acceptance", "good, sending"),
        ]},
    ],
    "2026-07-23": [
        {"time": "16:45:09", "title": "Team pasta dinner", "steps": [
            U("plain", "how much pasta do I need for 15 teenage boys, team pasta dinner the night before the tournament"),
            A("Plan on about 4 oz dry pasta per regular person, but teenage athletes eat closer to 6-8 oz. For 15 boys, get 7 lbs of dry pasta. That's seven 1-lb boxes, and you'll probably have a little left over."),
            U("followup", "and garlic bread?"),
            A("Figure 3-4 slices per kid, so about 60 slices. That's 4 large French loaves, or 6 of the frozen garlic bread packs. Want me to put it all into a shopping list with sauce and salad?"),
            U("decline_offer", "nah Jen's got the shopping covered, she does this every year"),
            A("Sounds good. Enjoy the dinner."),
        ]},
        {"time": "18:02:44", "title": "Starting five note", "steps": [
            U("plain", "remember the starting 5 for friday: Marcus, Tyrell, DeShawn, Jake, Evan"),
            T("memory", {"action": "add", "text": "Friday starting 5: Marcus, Tyrell, DeShawn, Jake, Evan."}, "saved"),
            A("Saved Friday's starting five: Marcus, Tyrell, DeShawn, Jake, Evan."),
            U("followup", "update it, Evan's sick, Cole starts"),
            T("memory", {"action": "update", "match": "Friday starting 5", "text": "Friday starting 5: Marcus, Tyrell, DeShawn, Jake, Evan, Cole (Evan sick)."}, "updated"),
            A("Updated: Friday starting 5 is Marcus, Tyrell, DeShawn, Jake, Evan, Cole (Evan sick)."),
            U("partial", "Cole's in, right, but take Evan off. it's 5 guys not 6"),
            T("memory", {"action": "update", "match": "Friday starting 5", "text": "Friday starting 5: Marcus, Tyrell, DeShawn, Jake, Cole. (Evan out sick.)"}, "updated"),
            A("Fixed: Friday starting 5 is Marcus, Tyrell, DeShawn, Jake, Cole. Evan's noted as out sick."),
            U("acceptance", "there we go"),
        ]},
        {"time": "21:20:31", "title": "Bakery about page", "steps": [
            U("plain", "write the about page for jen's bakery website. she's been baking since she was a kid with her grandma"),
            A("Happy to. What's the bakery called, and is there anything else she'd want in there, like where she sells?"),
            U("clarify_answer", "Crumb & Co. she started selling in 2023, bluffton farmers market on saturdays"),
            A("About Crumb & Co.\n\nCrumb & Co. is a premier artisanal bakery provider serving the Bluffton, Ohio community since 2023. Leveraging generations of baking expertise, we deliver high-quality, handcrafted products that exceed customer expectations. Our commitment to excellence and tradition drives every loaf we produce. Visit us at the Bluffton Farmers Market every Saturday to experience the Crumb & Co. difference."),
            U("instead", "make it sound like her. warm, first person, like she's telling you about baking in grandma's kitchen"),
            A("About Crumb & Co.\n\nI was six the first time my grandma let me knead the bread. I stood on a chair in her kitchen with flour up to my elbows, and she told me the dough knows when you're in a hurry. I've been baking ever since.\n\nIn 2023 I started Crumb & Co. to share that bread (and my cinnamon rolls, which Grandma would say are too big) with our neighbors. Everything is baked in my own kitchen, the slow way she taught me.\n\nCome say hi on Saturdays at the Bluffton Farmers Market. I'll be the one with flour on my shirt.\n\n- Jen"),
            U("acceptance", "she teared up a little. thats the one"),
        ]},
    ],
}
