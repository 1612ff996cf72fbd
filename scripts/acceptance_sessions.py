"""Write the acceptance run's extra session exports into `timmyd/demo_data/acceptance/` (+ acceptance_expected.json).

Why generated: the sample in ../shared has 25 pairs, too few to train and hold out from; these 46
more (same owner, same assistant, new topics) are written once here as plain exchanges and rendered
into every export format timmyd reads (Hermes session JSON, gateway JSONL, `hermes sessions export`
JSONL, ShareGPT trajectories, plain chat logs), so the miner is exercised on all of them. The owner's
taste is consistent with the shared sample: short, direct, correct answers; the rejected replies are
padded, off-target or wrong. `acceptance_expected.json` (next to the folder, so ingesting the folder
never reads it) lists every pair the miner must find (prompt's last user
turn, chosen, rejected), which tests/test_acceptance.py checks. Rerunning is deterministic.

    python scripts/acceptance_sessions.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

SYSTEM = ("You are Timmy, a personal AI assistant running on your owner's MacBook Pro (M3 Pro, 36 GB) through "
          "Hermes Agent. You can use the terminal tool to run shell commands on this machine when that helps. "
          "Help your owner with questions and day-to-day tasks.")
OUT = Path(__file__).resolve().parents[1] / "timmyd" / "demo_data" / "acceptance"

# One exchange: q (owner), bad (corrected reply), fix (the correction), good (accepted reply),
# ok (what the owner says next: an acceptance, or None = moves straight on to the next question),
# optional bad2/fix2 (a second correction before acceptance: two pairs, one prompt, one chosen),
# plain=True: no correction at all (noise, no pair).
X = dict

SESSIONS: list[tuple[str, list[dict]]] = [
    ("hermes_json", [
        X(q="how do I see which process is eating my CPU right now?",
          bad="Great question! There are several ways to investigate CPU usage on macOS, and each has its own "
              "strengths. Activity Monitor, found in Applications > Utilities, gives you a graphical overview: open "
              "it, click the CPU tab, and sort by the '% CPU' column. For a terminal approach, `top` is the classic "
              "tool; you can run `top -o cpu` to sort by CPU. There's also `htop`, which you can install with "
              "Homebrew and which offers a more colourful, interactive display. Finally, `ps aux` can give you a "
              "snapshot of all processes. Let me know if you'd like me to explain any of these in more depth!",
          fix="too long, just the command",
          good="`top -o cpu` (press q to quit).",
          ok="perfect"),
        X(q="and kill it by name?",
          bad="To kill a process by name you can use `killall`, but be careful: this sends SIGTERM to every process "
              "with that exact name, so if you have several instances running they will all be terminated. An "
              "alternative is `pkill`, which matches patterns, which is more flexible but also riskier because it "
              "can match more than you intended. You could also find the PID first with `pgrep` and then use `kill` "
              "with that PID, which is the most precise method.",
          fix="shorter please",
          good="`pkill -x Name` (exact name; add `-9` only if it ignores the first one).",
          ok="thanks"),
    ]),
    ("hermes_json", [
        X(q="what's 18% tip on 64.50?",
          bad="Sure! To calculate an 18% tip, you multiply the bill amount by 0.18. So 64.50 × 0.18 = 10.61. Adding "
              "this to the original bill gives a total of 75.11. Tipping customs vary by country, so you may want to "
              "round up or down depending on where you are and the quality of the service you received.",
          fix="That's wrong, 64.50 x 0.18 is 11.61",
          good="You're right, sorry: the tip is 11.61, so 76.11 in total.",
          ok="cool thanks"),
    ]),
    ("hermes_json", [
        X(q="how do I make a python venv in this folder?",
          bad="Creating a virtual environment is an excellent practice for keeping your project's dependencies "
              "isolated! Python 3 ships with the `venv` module, so you don't need to install anything extra. First, "
              "make sure you're in your project directory. Then run `python3 -m venv .venv`. This creates a folder "
              "called `.venv` containing a private copy of the interpreter and pip. Next, activate it with "
              "`source .venv/bin/activate`; your prompt will change to show the environment name. When you're done, "
              "run `deactivate`. Don't forget to add `.venv` to your `.gitignore`!",
          fix="I know what a venv is, just give me the commands",
          good="```\npython3 -m venv .venv\nsource .venv/bin/activate\n```",
          ok=None),
        X(q="how do I save the installed packages to a file?",
          bad="You can use `pip list` to see all the installed packages in your environment.",
          fix="no, I meant saving them so I can reinstall later",
          good="`pip freeze > requirements.txt`, and later `pip install -r requirements.txt`.",
          ok="got it, thanks"),
    ]),
    ("hermes_json", [
        X(q="convert 5 miles to km",
          bad="5 miles is approximately 8.05 kilometres. The mile is an imperial unit of length equal to 1,760 "
              "yards, while the kilometre is the metric unit equal to 1,000 metres. To convert miles to kilometres, "
              "multiply by 1.609344. This is handy to remember when running, since a 5K race is about 3.1 miles!",
          fix="just the number next time",
          good="8.05 km.",
          ok=None),
        X(q="and 10k in miles?",
          bad="6.21 miles.",
          fix="", good="", ok="thanks", plain=True),
    ]),
    ("hermes_json", [
        X(q="what time is it in Tokyo when it's 9am in London?",
          bad="When it's 9:00 AM in London, it's 5:00 PM in Tokyo, since Tokyo is 8 hours ahead of London.",
          fix="that's not right in summer, London is on BST now",
          good="In summer (BST) Tokyo is 8 hours ahead, so 5pm; in winter (GMT) it's 9 hours, so 6pm. Today: 5pm.",
          ok="ah ok that makes sense"),
    ]),
    ("gateway", [
        X(q="remind me the git command to undo my last commit but keep the changes",
          bad="Absolutely! Git offers a few ways to undo commits, and which one to use depends on whether you've "
              "pushed and whether you want to keep your changes. In your case, since you want to keep the changes, "
              "the command is `git reset --soft HEAD~1`. This moves the branch pointer back one commit while leaving "
              "your changes staged. If you want them unstaged, use `--mixed` instead (which is the default). If you "
              "had already pushed, you'd want to consider `git revert` instead, to avoid rewriting shared history. "
              "Let me know if you need help with any of those scenarios!",
          fix="skip the explanation, just the command",
          good="`git reset --soft HEAD~1`",
          ok=None),
        X(q="and how do I rename the branch I'm on?",
          bad="`git branch -m old-name new-name`",
          fix="no, the one I'm on, I don't want to type its name",
          good="`git branch -m new-name`",
          ok="thanks"),
    ]),
    ("gateway", [
        X(q="write a one-line message to the team that standup is moved to 10:30 tomorrow",
          bad="Hi team! I hope everyone is having a great week. I just wanted to give you all a quick heads-up that "
              "tomorrow's standup meeting has been rescheduled from its usual time to 10:30 AM. Please update your "
              "calendars accordingly, and don't hesitate to reach out if this new time doesn't work for you. Thanks so "
              "much for your flexibility, and see you all tomorrow!",
          fix="way too long, I said one line",
          good="Heads-up: standup is at 10:30 tomorrow instead of the usual time.",
          ok="perfect, sent"),
    ]),
    ("gateway", [
        X(q="how long do I roast a 1.6kg chicken?",
          bad="Roasting a whole chicken is one of the most satisfying things you can cook! A common guideline is 20 "
              "minutes per 500 g plus 20 minutes, at 200 °C (180 °C fan). For a 1.6 kg bird, that works out to about "
              "1 hour 25 minutes. Before roasting, pat the skin dry, season generously, and consider putting lemon and "
              "garlic in the cavity. Always check it's cooked through: the juices should run clear and the thickest "
              "part of the thigh should reach 75 °C. Let it rest for 15 minutes before carving.",
          fix="too much, just the time and temp",
          good="About 1 h 25 min at 200 °C (180 °C fan), until the thigh reads 75 °C; rest 15 min.",
          ok=None),
        X(q="and gravy from the juices, quickly?",
          bad="Pour the pan juices into a jug, spoon off most of the fat, put the pan on the hob, stir in a "
              "tablespoon of flour for a minute, whisk the juices back in with about 300 ml of stock, and simmer "
              "for five minutes until it thickens. Season and strain.",
          fix="", good="", ok="lovely, thanks", plain=True),
    ]),
    ("gateway", [
        X(q="what's the shortcut to take a screenshot of just one window on mac?",
          bad="On a Mac, press Command + Shift + 3 to take a screenshot of the whole screen.",
          fix="that's the whole screen, I asked for one window",
          good="Cmd+Shift+4, then Space, then click the window.",
          ok="nice, thanks"),
    ]),
    ("gateway", [
        X(q="what does HTTP 429 mean?",
          bad="HTTP 429 is a client error status code. The HTTP specification defines five classes of status "
              "codes: 1xx informational, 2xx success, 3xx redirection, 4xx client errors and 5xx server errors. "
              "Within the 4xx class, you'll find well-known codes like 400 Bad Request, 401 Unauthorized, 403 "
              "Forbidden and 404 Not Found. 429 was introduced in RFC 6585 in 2012, along with a few other codes. "
              "Servers use it in particular situations that I can explain if you'd like.",
          fix="you didn't answer the question, what does it mean",
          good="Too Many Requests: you're being rate-limited. Wait (check the Retry-After header) and back off.",
          ok=None),
        X(q="and 503?",
          bad="Service Unavailable: the server is overloaded or down for maintenance; usually temporary, retry later.",
          fix="", good="", ok="ok thanks", plain=True),
    ]),
    ("hermes_export", [
        X(q="how do I find all files bigger than 1GB in my home folder?",
          bad="Sure! Finding large files is a great way to free up disk space. macOS offers a built-in Storage "
              "Management tool: click the Apple menu, choose About This Mac, then Storage, then Manage. From there "
              "you can browse Documents and sort by size. Alternatively, third-party apps like DaisyDisk or "
              "GrandPerspective give a visual map of your disk usage, which many people find intuitive. If you're "
              "comfortable with the terminal, there are also command-line options.",
          fix="just give me the terminal command",
          good="`find ~ -type f -size +1G 2>/dev/null`",
          ok="thanks"),
        X(q="rsync a folder to my NAS but skip .DS_Store files",
          bad="`rsync -av ~/Photos/ nas:/volume1/photos/`",
          fix="that's wrong, it doesn't skip the .DS_Store files",
          good="`rsync -av --exclude='.DS_Store' ~/Photos/ nas:/volume1/photos/`",
          ok="perfect"),
    ]),
    ("hermes_export", [
        X(q="what's a good name for a cat that is grey and very lazy?",
          bad="Here are some name ideas for a grey, lazy cat:\n\n**Grey-inspired names:**\n- Smokey\n- Ash\n- Pebble\n"
              "- Storm\n- Slate\n- Earl Grey\n- Misty\n- Shadow\n\n**Lazy-inspired names:**\n- Snooze\n- Napoleon "
              "(Nap for short)\n- Lazarus\n- Couch\n- Dozer\n- Sloth\n\n**Combination names:**\n- Dusty Nap\n- Cloud\n"
              "- Fog\n\nI hope one of these feels right! Cats often grow into their names, so don't worry too much.",
          fix="too many, give me your top 3",
          good="Dozer, Earl Grey, Pebble.",
          ok="Dozer it is"),
    ]),
    ("hermes_export", [
        X(q="how much caffeine is in a double espresso?",
          bad="A double espresso has about 300 mg of caffeine.",
          fix="that's wrong, it's way less than that",
          good="You're right, I overstated it: a double espresso has roughly 120–130 mg (about 60–65 mg per shot).",
          ok=None),
        X(q="and a mug of black tea?",
          bad="Black tea contains caffeine, but generally less than coffee. The exact amount depends on many "
              "factors, including the type of tea, how long you steep it, the water temperature and the size of "
              "your mug. Some teas, like Assam, tend to be stronger, while Darjeeling is often lighter. Tea also "
              "contains L-theanine, which many people find gives a calmer alertness than coffee.",
          fix="just the number please",
          good="About 40–70 mg for a 250 ml mug.",
          ok="thanks"),
    ]),
    ("hermes_export", [
        X(q="fix this: `for f in *.jpg; do mv $f ${f%.jpg}.jpeg; done` breaks on names with spaces",
          bad="This loop renames all .jpg files to .jpeg. The `${f%.jpg}` part is a parameter expansion that removes "
              "the shortest match of `.jpg` from the end of the variable. It's a common and efficient technique in "
              "bash scripting. Filenames with spaces can sometimes cause issues in shell scripts, so it's generally "
              "a good idea to avoid spaces in file names where possible, for example by using underscores.",
          fix="not what I asked, fix the command",
          good="Quote the variables:\n`for f in *.jpg; do mv -- \"$f\" \"${f%.jpg}.jpeg\"; done`",
          ok="works, thanks"),
    ]),
    ("hermes_export", [
        X(q="what's the capital of Australia?",
          bad="Sydney.",
          fix="wrong, that's the biggest city",
          good="Canberra.",
          ok=None),
        X(q="and of Canada?",
          bad="Ottawa.",
          fix="", good="", ok="ta", plain=True),
    ]),
    ("sharegpt", [
        X(q="how do I check which port my postgres is listening on?",
          bad="<think>\nThe user wants the port.\n</think>\nGreat question! PostgreSQL listens on port 5432 by "
              "default, which is the IANA-registered port for it. However, the port can be changed in the "
              "`postgresql.conf` configuration file, using the `port` setting. The location of this file varies by "
              "installation: Homebrew puts it under `/opt/homebrew/var/postgresql@16/`, while Postgres.app keeps it in "
              "your Application Support folder. After changing the setting you need to restart the server for it "
              "to take effect.",
          fix="I don't want to go hunting in files, just tell me how to check",
          good="`psql -c 'SHOW port;'` or `lsof -iTCP -sTCP:LISTEN | grep postgres`.",
          ok="5433, that explains it. thanks"),
    ]),
    ("sharegpt", [
        X(q="give me a quick weeknight dinner with chickpeas and spinach",
          bad="What a great combination! Chickpeas are an excellent source of plant-based protein and fibre, and "
              "spinach is packed with iron and vitamins. Together they form the basis of many dishes across "
              "different cuisines, from Indian chana saag to Spanish espinacas con garbanzos. Here's a recipe that "
              "is healthy, delicious and easy to make. Ingredients: 1 tin of chickpeas, 200 g spinach, 1 onion, 2 "
              "garlic cloves, 1 tin of tomatoes, spices. Method: sauté the onion, add garlic and spices, then "
              "tomatoes and chickpeas, simmer 15 minutes, wilt in the spinach. Enjoy your meal!",
          fix="skip the intro, just the recipe",
          good="Fry an onion and 2 garlic cloves, add 1 tsp cumin and 1 tsp paprika, a tin of tomatoes and a drained "
               "tin of chickpeas; simmer 15 min, stir in 200 g spinach until wilted. Serve with rice or bread.",
          ok=None),
        X(q="can I freeze the leftovers?",
          bad="Yes, it freezes well for up to 3 months; cool it first and reheat until piping hot.",
          fix="", good="", ok="great", plain=True),
    ]),
    ("sharegpt", [
        X(q="how do I make my mac stop sleeping while a download runs?",
          bad="You can change your Mac's sleep settings in System Settings. Go to Battery (or Energy Saver on older "
              "macOS versions), and adjust the slider to 'Never'. Remember to change it back afterwards to save "
              "energy.",
          fix="no, not permanently, just while the download runs",
          good="`caffeinate -i` in a terminal until it finishes (Ctrl+C to stop), or `caffeinate -w <pid>`.",
          ok=None),
        X(q="what's the pid of my browser then?",
          bad="You can find the PID using Activity Monitor: open it, find the browser in the list and look at the "
              "PID column. You may need to enable the column via View > Columns if it isn't shown.",
          fix="too long, just the command",
          good="`pgrep -x Safari` (or `pgrep -f 'Google Chrome'`).",
          ok="nice one"),
    ]),
    ("sharegpt", [
        X(q="what's the difference between a Roth and traditional IRA in one sentence?",
          bad="A Roth IRA and a traditional IRA are both individual retirement accounts, but they differ in how "
              "they're taxed. With a traditional IRA, contributions may be tax-deductible and you pay tax on "
              "withdrawals. With a Roth IRA, contributions are made with after-tax money and qualified withdrawals "
              "are tax-free. There are also differences in income limits, required minimum distributions and early "
              "withdrawal rules, which are worth understanding.",
          fix="I said one sentence",
          good="Traditional: tax break now, taxed when you withdraw; Roth: taxed now, tax-free when you withdraw.",
          ok="perfect"),
    ]),
    ("sharegpt", [
        X(q="how do I undo `git add` on one file?",
          bad="`git reset --hard file.txt`",
          fix="that's wrong, --hard would throw away my changes",
          good="`git restore --staged file.txt` (keeps your changes in the working tree).",
          ok="right, thanks"),
        X(q="how many days until christmas from today, nov 24?",
          bad="There are 30 days until Christmas.",
          fix="that's not right, count again",
          good="31 days (Nov 24 to Dec 25).",
          ok="ok"),
    ]),
    ("chatlog", [
        X(q="set a kitchen timer for 12 minutes",
          bad="I'm sorry, but as an AI assistant I don't have the ability to set timers directly. However, there "
              "are many ways you can set a timer: you can ask Siri by saying 'Hey Siri, set a timer for 12 "
              "minutes', use the Clock app on your iPhone, or use a physical kitchen timer. Many ovens and "
              "microwaves also have built-in timers!",
          fix="no, you can run commands, use the terminal",
          good="Started: `sleep 720 && say 'timer done'` is running in the background; you'll hear it in 12 minutes.",
          ok="thanks"),
    ]),
    ("chatlog", [
        X(q="what's the 1Password CLI command to read a password?",
          bad="The 1Password CLI is a powerful tool called `op` that lets you access your vaults from the "
              "terminal. To use it, first install it with Homebrew (`brew install 1password-cli`), then enable the "
              "integration in the 1Password app under Settings > Developer. After signing in, you can read secrets "
              "with `op read`, list items with `op item list`, and much more. Check the documentation for the full "
              "set of commands and options available.",
          fix="just the command for reading",
          good="`op read \"op://Vault/Item/password\"`",
          ok=None),
        X(q="how do I put it in an env var for one command only?",
          bad="`export DB_PASS=$(op read \"op://Vault/db/password\")`",
          fix="no, that leaves it in my shell, I said one command only",
          good="`DB_PASS=$(op read \"op://Vault/db/password\") ./run.sh` (set only for that command).",
          ok="that's it, thanks"),
    ]),
    ("chatlog", [
        X(q="how many tablespoons in 100g of sugar?",
          bad="Converting between weight and volume depends on the density of the ingredient. Granulated sugar "
              "has a density of roughly 0.85 g/ml, and a US tablespoon holds about 14.8 ml, so one tablespoon of "
              "sugar weighs about 12.5 g. Dividing 100 g by 12.5 g gives 8 tablespoons. Note that brown sugar and "
              "icing sugar have different densities, so the number would be different for them.",
          fix="too long, just the number",
          good="About 8 tablespoons.",
          ok=None),
        X(q="my pancakes are always flat, why?",
          bad="Flat pancakes are usually too much mixing or old baking powder.",
          fix="that's too vague, what do I actually change",
          good="Check the baking powder is under 6 months old, stir only until just combined (lumps are fine), and let "
               "the batter rest 10 minutes before cooking.",
          ok="will try, thanks"),
    ]),
    ("chatlog", [
        X(q="what's the command to see my public IP?",
          bad="Your public IP address is the address your router uses to communicate with the internet, as opposed "
              "to your private IP address, which identifies your device within your home network. There are various "
              "websites that show your public IP, such as whatismyip.com, and you can also find it in your router's "
              "admin page. From the terminal, there are also a few services you can query with curl.",
          fix="just the command",
          good="`curl -s ifconfig.me`",
          ok="ta"),
        X(q="and my local one on wifi?",
          bad="`ifconfig`",
          fix="too much, I only want the address",
          good="`ipconfig getifaddr en0`",
          ok="perfect"),
    ]),
    ("chatlog", [
        X(q="summarise this in one line: The quarterly review is moved from Thursday to Monday because Priya is "
            "travelling; bring the updated budget numbers and the hiring plan.",
          bad="Here's a summary of the message:\n\n- **What:** The quarterly review meeting.\n- **Change:** It has "
              "been rescheduled from Thursday to Monday.\n- **Reason:** Priya will be travelling on Thursday.\n- "
              "**Action items:** Attendees should bring the updated budget numbers and the hiring plan.\n\nLet me "
              "know if you'd like me to add it to your calendar!",
          fix="I said one line",
          good="Quarterly review moves to Monday (Priya's away Thursday); bring updated budget and hiring plan.",
          ok="thanks"),
    ]),
    ("hermes_json", [
        X(q="how do I get the size of a folder from the terminal?",
          bad="`ls -l folder`",
          fix="no, that doesn't give the total size",
          good="`du -sh folder`",
          ok=None),
        X(q="zip it up excluding node_modules",
          bad="Sure! Zipping a folder while excluding certain directories is very common for JavaScript projects, "
              "because `node_modules` can contain tens of thousands of files and take up hundreds of megabytes. "
              "You can regenerate it at any time with `npm install`, so there's no need to include it in an "
              "archive. The `zip` command supports an exclude option, `-x`, which takes a pattern. You'll want the "
              "recursive flag, `-r`, as well.",
          fix="you didn't answer, what's the command?",
          good="`zip -r project.zip project -x '*/node_modules/*'`",
          ok="thanks"),
    ]),
    ("hermes_json", [
        X(q="which is bigger, 2^10 or 10^3?",
          bad="10^3 = 1000 is bigger than 2^10.",
          fix="wrong, 2^10 is 1024",
          good="2^10 = 1024 is bigger (10^3 = 1000).",
          ok="yep"),
    ]),
    ("gateway", [
        X(q="draft a two-line reply declining the Saturday BBQ invite from Sam",
          bad="Dear Sam,\n\nThank you so much for thinking of me and for your kind invitation to the barbecue this "
              "Saturday. It sounds like it's going to be a wonderful event, and I truly appreciate being included. "
              "Unfortunately, I have a prior commitment that I'm unable to change, so I won't be able to attend. I "
              "hope you all have a fantastic time, and I look forward to catching up with you soon.\n\nWarm regards",
          fix="too formal, it's Sam, two lines",
          good="Thanks Sam, sounds great but I can't make Saturday. Have a good one, let's catch up soon!",
          ok="sent"),
        X(q="how do I mute a group chat on iMessage?",
          bad="Open the conversation, tap the group name at the top, and turn on Hide Alerts.",
          fix="", good="", ok="ok", plain=True),
    ]),
    ("gateway", [
        X(q="what's the keyboard shortcut for an em dash on mac?",
          bad="Option + Hyphen",
          fix="no, that's the en dash",
          good="Option+Shift+Hyphen (—).",
          ok=None),
        X(q="and the degree sign?",
          bad="Special characters on the Mac can be typed in several ways. The easiest is often the Character "
              "Viewer, which you can open with Control + Command + Space, then search for the character you need. "
              "You can also use keyboard shortcuts involving the Option key, which produce many common symbols. For "
              "the degree sign, there's a specific shortcut you can use.",
          fix="which shortcut? just tell me",
          good="Option+Shift+8 (°).",
          ok="thanks"),
    ]),
    ("hermes_export", [
        X(q="docker: how do I remove all stopped containers?",
          bad="Docker containers that have exited still take up disk space, since their writable layers are kept "
              "until you remove them. To see them, run `docker ps -a --filter status=exited`. You can then remove "
              "them one at a time with `docker rm <id>`. Over time this can become tedious, so Docker provides "
              "prune commands for cleaning up various resources including images, networks and volumes.",
          fix="too long, just the command",
          good="`docker container prune`",
          ok=None),
        X(q="and see how much space docker is using?",
          bad="`docker ps -s`",
          fix="I meant everything, not just the containers",
          good="`docker system df`",
          ok="thanks"),
    ]),
    ("hermes_export", [
        X(q="how do I convert a HEIC photo to JPG from the terminal?",
          bad="HEIC stands for High Efficiency Image Container, the format Apple adopted in iOS 11 for photos "
              "because it produces smaller files at similar quality. Not every application supports it, which is "
              "why converting to JPG can be useful. There are several tools that can do the conversion, including "
              "ImageMagick, which you'd need to install, and Preview, which can export to JPG through its File menu.",
          fix="just the command, macOS has sips",
          good="`sips -s format jpeg photo.heic --out photo.jpg`",
          ok="perfect"),
    ]),
    ("sharegpt", [
        X(q="what's the difference between `==` and `is` in python, briefly?",
          bad="`==` and `is` are the same thing in Python; `is` is just a more readable way to write `==`.",
          fix="that's wrong, they're not the same",
          good="`==` compares values; `is` checks it's the same object (use it for `None`).",
          ok=None),
        X(q="how do I reverse a list in place?",
          bad="Reversing a list is a common operation, and Python offers several approaches. Slicing with "
              "`my_list[::-1]` creates a reversed copy. The built-in `reversed()` returns an iterator. Lists also "
              "have a method for it, which is generally the most efficient option when you don't need the "
              "original order anymore.",
          fix="just the in-place one",
          good="`my_list.reverse()`",
          ok="thanks"),
    ]),
    ("sharegpt", [
        X(q="explain what a VPN does in two sentences",
          bad="A VPN, or Virtual Private Network, is a technology that has become increasingly popular in recent "
              "years. It works by creating an encrypted tunnel between your device and a server operated by the "
              "VPN provider. All of your internet traffic passes through this tunnel, which means your internet "
              "service provider can't see what websites you visit. It also masks your IP address, since websites "
              "see the VPN server's address instead of yours. VPNs are commonly used for privacy, for accessing "
              "geo-restricted content, and for securely connecting to work networks.",
          fix="I asked for two sentences",
          good="A VPN sends your traffic through an encrypted tunnel to its server, so your network and ISP can't see "
               "what you visit. Sites see the VPN server's IP instead of yours.",
          ok="good, thanks"),
    ]),
    ("chatlog", [
        X(q="what's the ratio for cold brew coffee?",
          bad="1:4 coffee to water, brewed for 2 hours.",
          fix="that's wrong, cold brew takes way longer than 2 hours",
          good="1:8 coffee to water by weight (concentrate 1:4), coarse grind, 12–18 hours in the fridge.",
          ok=None),
        X(q="ok, and how long does it keep?",
          bad="About two weeks in the fridge, sealed.",
          fix="", good="", ok="great", plain=True),
    ]),
    ("chatlog", [
        X(q="how do I list the biggest brew packages I have installed?",
          bad="Homebrew installs packages into its Cellar directory, which is located at /opt/homebrew/Cellar on "
              "Apple Silicon Macs and /usr/local/Cellar on Intel Macs. Each package gets its own folder, with "
              "subfolders for each installed version. Over time, old versions can accumulate and take up space, "
              "which you can clean up with `brew cleanup`.",
          fix="not what I asked, which ones are biggest",
          good="`du -sh $(brew --cellar)/* | sort -h | tail`",
          ok="thanks"),
    ]),
    ("hermes_json", [
        X(q="python one-liner to read a JSON file into a dict",
          bad="Reading JSON in Python is straightforward thanks to the built-in `json` module. First, import it. "
              "Then open the file in read mode using a `with` statement, which ensures the file is closed properly "
              "even if an error occurs. Inside the block, call `json.load` with the file object. This parses the JSON "
              "content and returns the corresponding Python object, usually a dict for JSON objects.",
          fix="I said a one-liner",
          good="`data = json.load(open('file.json'))` (or `json.loads(Path('file.json').read_text())`).",
          ok="thanks",
          bad2="```python\nimport json\nwith open('file.json') as f:\n    data = json.load(f)\n```",
          fix2="no, still three lines. I said one line"),
    ]),
    ("gateway", [
        X(q="how far is the moon?",
          bad="The Moon is about 38,000 km away.",
          fix="that's wrong, you're off by a factor of 10",
          good="About 384,400 km on average.",
          ok=None),
        X(q="how long does light take to get there?",
          bad="Light travels at about 299,792 km per second in a vacuum. This is a universal constant, usually "
              "written as c, and it's the maximum speed at which information can travel. To find the travel time, "
              "divide the distance by the speed of light. For the Moon, which is on average 384,400 km away, this "
              "calculation is quite straightforward.",
          fix="just the answer",
          good="About 1.3 seconds.",
          ok="cool",
          bad2="Dividing 384,400 by 299,792 gives a result of approximately 1.28. So the answer is roughly 1.28, "
               "though the exact figure varies as the Moon's distance changes over its elliptical orbit between "
               "perigee and apogee.",
          fix2="1.28 what? shorter, with units"),
    ]),
]


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def turns(exchanges: list[dict]) -> list[tuple[str, str]]:
    """The conversation as (role, text); an acceptance shares nothing with the next question."""
    out: list[tuple[str, str]] = []
    for x in exchanges:
        out.append(("user", x["q"]))
        out.append(("assistant", x["bad"]))
        if x.get("plain"):
            if x["ok"]:
                out += [("user", x["ok"]), ("assistant", "👍")]
            continue
        if x.get("bad2"):
            out += [("user", x["fix"]), ("assistant", x["bad2"]), ("user", x["fix2"])]
        else:
            out.append(("user", x["fix"]))
        out.append(("assistant", x["good"]))
        if x["ok"]:
            out += [("user", x["ok"]), ("assistant", "You're welcome.")]
    if out and out[-1][0] == "assistant" and exchanges[-1]["ok"] is None:
        raise ValueError("the last exchange of a session needs an acceptance, or its pair never appears")
    return out


def expected(exchanges: list[dict]) -> list[dict]:
    """The pairs the miner must find: the prompt's last user turn, chosen, rejected."""
    pairs = []
    for x in exchanges:
        if x.get("plain"):
            continue
        pairs.append({"prompt_last": x["q"], "chosen": x["good"], "rejected": _strip_think(x["bad"])})
        if x.get("bad2"):
            pairs.append({"prompt_last": x["q"], "chosen": x["good"], "rejected": x["bad2"]})
    return pairs


def _strip_think(text: str) -> str:
    return text.split("</think>\n", 1)[1] if text.startswith("<think>") else text


def render(fmt: str, sessions: list[tuple[int, list[dict]]]) -> str:
    """One file in `fmt` holding these sessions (line formats hold several; file formats exactly one)."""
    if fmt == "hermes_export":
        return "".join(json.dumps(_hermes_export(i, ex)) + "\n" for i, ex in sessions)
    if fmt == "sharegpt":
        return "".join(json.dumps(_sharegpt(ex)) + "\n" for _, ex in sessions)
    ((i, ex),) = sessions
    t0 = START + timedelta(days=i, hours=i % 11)
    conv = turns(ex)
    if fmt == "hermes_json":
        msgs = [{"role": r, "content": c, **({"reasoning": None, "finish_reason": "stop"} if r == "assistant" else {})}
                for r, c in conv]
        doc = {"session_id": _sid(i), "model": "hermes3:8b", "base_url": "http://127.0.0.1:11434/v1",
               "platform": "cli", "session_start": _iso(t0), "last_updated": _iso(t0 + timedelta(minutes=len(conv))),
               "system_prompt": SYSTEM, "tools": [], "message_count": len(msgs), "messages": msgs}
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if fmt == "gateway":
        lines = [{"role": "session_meta", "tools": [], "model": "hermes3:8b", "platform": "telegram",
                  "timestamp": _iso(t0)}]
        lines += [{"role": r, "content": c, "timestamp": _iso(t0 + timedelta(seconds=20 * (k + 1)))}
                  for k, (r, c) in enumerate(conv)]
        return "".join(json.dumps(x) + "\n" for x in lines)
    if fmt == "chatlog":
        lines = []
        for k, (r, c) in enumerate(conv):
            ts = _iso(t0 + timedelta(seconds=15 * (k + 1)))
            lines.append({"type": "message", "role": "user" if r == "user" else "timmy", "content": c, "timestamp": ts})
            if r == "user" and k == 0:
                lines.append({"type": "decision", "decision": "Answer directly", "rationale": "Simple request",
                              "timestamp": ts})
        return "".join(json.dumps(x) + "\n" for x in lines)
    raise ValueError(fmt)


def _sid(i: int) -> str:
    t = START + timedelta(days=i, hours=i % 11)
    return t.strftime("%Y%m%d_%H%M%S") + f"_{(i * 2654435761) % 16**6:06x}"


def _hermes_export(i: int, ex: list[dict]) -> dict:
    t0 = (START + timedelta(days=i, hours=i % 11)).timestamp()
    msgs = [{"role": r, "content": c, "timestamp": round(t0 + 20 * (k + 1), 2)} for k, (r, c) in enumerate(turns(ex))]
    return {"id": _sid(i), "source": "cli", "model": "hermes3:8b", "started_at": t0,
            "ended_at": t0 + 20 * (len(msgs) + 1), "title": ex[0]["q"][:40], "messages": msgs}


def _sharegpt(ex: list[dict]) -> dict:
    conv = [{"from": "system", "value": SYSTEM}]
    for r, c in turns(ex):
        if r == "assistant" and not c.startswith("<think>"):
            c = "<think>\n\n</think>\n" + c
        conv.append({"from": "human" if r == "user" else "gpt", "value": c})
    return {"conversations": conv, "completed": True}


START = datetime(2026, 5, 14, 8, 0, tzinfo=UTC)


def files() -> dict[str, tuple[str, list[dict]]]:
    """{file name: (content, expected pairs)}: hermes_json/gateway/chatlog one session per file;
    hermes_export and sharegpt grouped into one file each per run of consecutive sessions."""
    out: dict[str, tuple[str, list[dict]]] = {}
    groups: dict[str, list[tuple[int, list[dict]]]] = {}
    for i, (fmt, ex) in enumerate(SESSIONS):
        if fmt in ("hermes_export", "sharegpt"):
            groups.setdefault(fmt, []).append((i, ex))
            continue
        name = {"hermes_json": f"session_{_sid(i)}.json", "gateway": f"{_sid(i)}.jsonl",
                "chatlog": f"session_{(START + timedelta(days=i)).date()}.jsonl"}[fmt]
        out[name] = (render(fmt, [(i, ex)]), expected(ex))
    for fmt, sess in groups.items():
        for part in range(0, len(sess), 4):
            chunk = sess[part:part + 4]
            day = (START + timedelta(days=chunk[0][0])).date()
            name = f"hermes_export_{day}.jsonl" if fmt == "hermes_export" else f"trajectories_{day}.jsonl"
            out[name] = (render(fmt, chunk), [p for _, ex in chunk for p in expected(ex)])
    return out


def write(out: Path = OUT) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for name, (text, pairs) in sorted(files().items()):
        (out / name).write_text(text, encoding="utf-8")
        manifest[name] = pairs
    doc = {"about": "pairs the miner must find in each file (prompt_last = the prompt's last user turn); "
                    "written by scripts/acceptance_sessions.py", "total": sum(map(len, manifest.values())),
           "files": manifest}
    (out.parent / f"{out.name}_expected.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return doc


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    d = write(ap.parse_args().out)
    print(f"{len(d['files'])} files, {d['total']} pairs -> {ap.parse_args().out}")
