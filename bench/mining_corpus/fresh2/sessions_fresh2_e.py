"""Hand-written sessions of the `fresh2` corpus, format E: plain chat log JSONL (message / tool_call / decision / error lines) (data only; see make_fresh2.py)."""

from sessions_fresh2 import DEC, ERR, A, S, T, U, add

# ===========================================================================
# E: plain chat log JSONL (message / tool_call / decision / error lines)
# ===========================================================================

add("E", "session_2026-07-01.jsonl", [S(
    "undo last commit",
    U("undo my last commit but keep the changes", "plain"),
    A("Run `git reset --hard HEAD~1`. This moves your branch back by one commit."),
    U("--hard throws the changes away!! that's the opposite of what I asked", "explicit"),
    A("You're right, sorry. Use `git revert HEAD`: it creates a new commit that undoes the last one, so your history stays intact."),
    U("I don't want a new commit. I want the commit gone and the edits back in my working tree", "instead"),
    A("`git reset --soft HEAD~1`: the commit is gone and its changes stay staged. Use `git reset HEAD~1` instead if you want them unstaged."),
    U("yep, changes are there. thanks", "acceptance"),
    DEC("no memory update", "one-off git question; nothing about the owner's preferences to keep"),
    A("Good."),
)])

add("E", "session_2026-07-03.jsonl", [S(
    "hard boiled eggs",
    U("how long do hard boiled eggs keep in the fridge", "plain"),
    A("About a week in the shell. Once peeled, eat them within a day or two."),
    U("and deviled eggs?", "followup"),
    A("2-3 days, covered. Would you like a simple deviled egg recipe?"),
    U("No thanks, I have my mum's recipe", "decline_offer"),
    A("Hard to beat that."),
    U("what's a good substitute for mayo in it? it's for someone who avoids raw egg", "new_task"),
    A("Greek yogurt works well, or yogurt with a little Dijon mustard. Shop-bought mayo is made with pasteurised egg, so it's usually fine too, but check with them."),
    U("yogurt it is", "acceptance"),
)], role="assistant")

add("E", "session_2026-07-05.jsonl", [S(
    "rename scans",
    U("rename all the .jpeg files in ~/Pictures/scan to .jpg", "plain"),
    A("You can do this with a small Python script:\n\n```python\nimport os\nfolder = os.path.expanduser('~/Pictures/scan')\nfor name in os.listdir(folder):\n    if name.endswith('.jpeg'):\n        os.rename(os.path.join(folder, name), os.path.join(folder, name[:-5] + '.jpg'))\n```\n\nSave it as rename.py and run `python3 rename.py`."),
    U("i don't want a script file, just do it in the shell", "reject_approach"),
    A("On it."),
    T("cd ~/Pictures/scan && for f in *.jpeg; do mv -- \"$f\" \"${f%.jpeg}.jpg\"; done && ls | grep -c '\\.jpg$' && ls | grep -c '\\.jpeg$'", "37\n0", 1),
    A("Done: 37 files in ~/Pictures/scan are now .jpg, and no .jpeg files are left."),
    U("can you also make a zip of that folder on my desktop", "new_task"),
    T("cd ~/Pictures && zip -rq ~/Desktop/scan.zip scan && ls -lh ~/Desktop/scan.zip", "-rw-r--r-- 1 jonas jonas 212M Jul  5 16:02 /home/jonas/Desktop/scan.zip"),
    A("Created ~/Desktop/scan.zip (212 MB)."),
    U("thanks!", "acceptance"),
)])

add("E", "session_2026-07-07.jsonl", [S(
    "train to berlin",
    U("cheapest way Amsterdam to Berlin on 9 August, i have a bike with me", "plain"),
    A("The direct Intercity from Amsterdam Centraal to Berlin Hbf (about 6 h 20) takes bikes if you book a bike spot, which costs extra. Saver fares are cheapest if you book now. Long-distance buses are cheaper but don't take full-size bikes."),
    U("oops I meant 19 August, not the 9th. same answer?", "plain"),
    A("Yes, same train and same bike rules on the 19th. It's a Wednesday, so saver fares are often easier to find than at the weekend."),
    U("how do i book the bike spot", "followup"),
    A("Bike reservations are an important part of planning a rail trip with a bicycle in Europe. Different operators handle them differently: Deutsche Bahn requires a bike ticket and a reservation on its long-distance trains, NS International sells them in some cases, and on many regional trains no reservation is needed at all. The rules have changed several times over the years, and capacity is limited, especially in summer, so it's wise to plan ahead and book as early as you can."),
    U("I need the steps on the website, not the background", "instead"),
    A("On bahn.de:\n1. Search Amsterdam → Berlin for 19 August and tick the bicycle option under \"Options\".\n2. Choose a train shown with the bike symbol.\n3. In the basket, add the bike ticket; the bike spot reservation comes with it on Intercity trains.\n4. Pay; the bike spot number is printed on your ticket."),
    U("booked 🚲", "acceptance"),
)])

add("E", "session_2026-07-09.jsonl", [S(
    "antibiotic schedule",
    U("i take antibiotics 3 times a day for 7 days. what times should i take them if i wake at 7 and sleep at 23", "plain"),
    A("Every 8 hours fits your day: 07:00, 15:00 and 23:00, just before bed."),
    U("with food or not? it's amoxicillin", "followup"),
    A("Amoxicillin can be taken with or without food; with food can help if it upsets your stomach. Finish the full 7 days even if you feel better sooner. Want me to set reminders for those three times?"),
    U("yes please, for the 7 days starting today", "clarify_answer"),
    T("hermes-cron add --name amoxicillin --at 07:00,15:00,23:00 --until 2026-07-15 --message 'Amoxicillin'", "hermes-cron: cannot write /var/lib/hermes/cron.d: permission denied", 1),
    ERR("tool call failed: permission denied", "hermes-cron add without --user; retrying in the user crontab"),
    T("hermes-cron add --user --name amoxicillin --at 07:00,15:00,23:00 --until 2026-07-15 --message 'Amoxicillin'", "created 3 reminders (daily until 2026-07-15)"),
    A("Done: reminders at 07:00, 15:00 and 23:00 every day until 15 July."),
    U("thank you, feeling rough today", "acceptance"),
    A("Sorry to hear that. Rest and drink plenty of water."),
)], role="assistant")

add("E", "session_2026-07-11.jsonl", [S(
    "declining emails",
    U("draft a polite no to a vendor meeting request, 2 sentences max", "plain"),
    A("Dear Mr. Alvarez,\n\nThank you very much for reaching out and for your interest in presenting your platform to our team. We truly appreciate the time you've taken to prepare your proposal. Unfortunately, we are not in a position to take on new tools this quarter, as our budget has already been allocated and the team is focused on existing commitments. We would be happy to revisit the conversation in the new year, so please feel free to get in touch again then.\n\nKind regards"),
    U("2 sentences max.", "echo"),
    A("Thanks for reaching out. We're not taking on new tools this quarter, so I'll pass for now, but feel free to check back in January."),
    U("good. sent.", "acceptance"),
    A("👍"),
    U("now one for declining a conference invite, speaker slot, it clashes with my holiday", "new_task"),
    A("Thank you for the invitation to speak; I'm honoured to be asked. Unfortunately the date clashes with a long-planned holiday, so I have to decline this year, but I'd be glad to be considered next time."),
    U("nice", "acceptance"),
)])

add("E", "session_2026-07-13.jsonl", [S(
    "bedroom paint",
    U("how much paint for a bedroom 4m x 3.5m, ceiling height 2.5m, two coats, walls only. one door one window", "plain"),
    A("4 × 3.5 = 14 m², times 2 coats = 28 m². At about 12 m² per litre you need roughly 2.5 litres."),
    U("that's the floor area, not the walls", "explicit"),
    A("Sorry. Walls: 2 × (4 + 3.5) × 2.5 = 37.5 m². Two coats = 75 m². At about 12 m² per litre that's 6.25 litres, so buy 7.5 L (a 5 L and a 2.5 L tin)."),
    U("better, but you didn't take off the door and the window I mentioned", "partial"),
)])

add("E", "session_2026-07-15.jsonl", [S(
    "pandas average price",
    U("in pandas, how do i get the average price per category from df", "plain"),
    A("`df.groupby(\"category\")[\"price\"].mean()`"),
    U("and sorted highest first", "followup"),
    A("`df.groupby(\"category\")[\"price\"].mean().sort_values(ascending=False)`"),
    U("getting this: TypeError: agg function failed [how->mean,dtype->object]", "plain"),
    A("Your price column is stored as text. Convert it first: `df[\"price\"] = pd.to_numeric(df[\"price\"].str.replace(\"€\", \"\"), errors=\"coerce\")`, then run the groupby again."),
    U("that was it, the euro signs. works now", "acceptance"),
    A("Great."),
)], role="assistant")

add("E", "session_2026-07-17.jsonl", [S(
    "french kitchen words",
    U("give me 5 French words for kitchen items, with article, no translation, I'll guess", "plain"),
    A("1. la casserole (saucepan)\n2. le couteau (knife)\n3. la poêle (frying pan)\n4. le four (oven)\n5. l'évier (sink)"),
    U("no translation!! now i've seen them all", "echo"),
    A("Fresh set, no translations:\n1. la louche\n2. le tire-bouchon\n3. la passoire\n4. le frigo\n5. la planche à découper"),
    U("ladle, corkscrew, colander, fridge, cutting board?", "plain"),
    A("5 out of 5. Très bien !"),
    U("merci 😄", "acceptance"),
)])

add("E", "session_2026-07-19.jsonl", [S(
    "ubuntu shortcuts",
    U("my new keyboard has no print screen key. how do I take a screenshot in ubuntu", "plain"),
    A("On current Ubuntu you can open the screenshot tool from the quick settings menu at the top right (the camera button). To get a keyboard shortcut for it, go to Settings → Keyboard → View and Customise Shortcuts → Screenshots and assign any key combination you like."),
    U("quick settings camera icon works. cheers", "acceptance"),
    A("Handy. Want me to set a shortcut for it too?"),
    U("yes, ctrl+shift+s", "clarify_answer"),
    T("gsettings set org.gnome.shell.keybindings show-screenshot-ui \"['<Ctrl><Shift>s']\" && gsettings get org.gnome.shell.keybindings show-screenshot-ui", "['<Ctrl><Shift>s']"),
    A("Done: Ctrl+Shift+S now opens the screenshot tool."),
    U("also what's the shortcut to lock the screen", "new_task"),
    A("Here are the most useful GNOME shortcuts:\n- Super: activities overview\n- Super + A: app grid\n- Super + L: lock screen\n- Super + D: show desktop\n- Alt + Tab: switch apps\n- Super + Left/Right: snap window\n- Ctrl + Alt + T: terminal\n- Super + V: notification list"),
    U("just the lock one, I don't need the whole list", "repeat_narrow"),
)])
