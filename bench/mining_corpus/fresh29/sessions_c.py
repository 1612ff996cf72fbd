"""Format C sessions (hermes_export_<date>.jsonl, one session per line). Blind author AD, corpus fresh29."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_C = {
    "2026-07-03": [
        {"time": "09:14:00", "title": "Crosstab role x weekly use", "steps": [
            U("plain", "crosstab of q3 (role) vs q9 (uses the feature weekly, yes/no). Row percentages."),
            A("```python\npd.crosstab(df['q3'], df['q9'])\n```\n\n```\nq9          no  yes\nq3\nleader      14   22\nparent     131  170\nstaff       48   61\n```"),
            U("repeat_narrow", "In percent per row, so each role sums to 100."),
            A("```python\n(pd.crosstab(df['q3'], df['q9'], normalize='index') * 100).round(1)\n```\n\n```\nq9         no   yes\nq3\nleader   38.9  61.1\nparent   43.5  56.5\nstaff    44.0  56.0\n```"),
            U("acceptance", "yes."),
            A("👍"),
            U("new_task", "how do I get a table like that into excel with the % sign, not 0.389"),
            A("Format as strings before export, or keep numbers and set a number format. Numbers are better if anyone will calculate on it:\n\n```python\nct = pd.crosstab(df['q3'], df['q9'], normalize='index')\nwith pd.ExcelWriter('crosstab.xlsx', engine='xlsxwriter') as xw:\n    ct.to_excel(xw, sheet_name='q3xq9')\n    ws = xw.sheets['q3xq9']\n    ws.set_column('B:C', 10, xw.book.add_format({'num_format': '0.0%'}))\n```"),
            U("acceptance", "fine"),
        ]},
        {"time": "12:40:00", "title": "Saturday loop", "steps": [
            U("plain", "Saturday ride, 60-70 km, road bike, from Copenhagen, loop. Some hills if that exists on Zealand haha."),
            A("A classic hilly loop (about 110 km): Copenhagen → Bagsværd → Farum → Hillerød → Gribskov → Esrum → Fredensborg → Nivå → Strandvejen back to Copenhagen. Gribskov and the climb up from Esrum Sø are the best bits, and you get the coast on the way home."),
            U("explicit", "Way too long. 110 km, I have three hours."),
            A("Shorter loop, about 65 km, ~2h45 at a steady pace:\n\nCopenhagen → Bagsværd Sø → Furesø (Fiskebæk) → Bistrup → **Geels Bakke** → Ravnsholt → Lyngby → back along Mølleåen and Lyngbyvej.\n\nGeels Bakke and the rollers around Furesø are about as hilly as it gets this close to the city. Want me to export a GPX?"),
            U("decline_offer", "nah, I know the roads up there."),
        ]},
        {"time": "20:05:00", "title": "Onboarding strings Danish", "steps": [
            U("plain", "Translate to Danish. Informal 'du', our tone is friendly but not cute. 1) Let's get you set up 2) Add your first child 3) You're all set!"),
            A("1) Lad os få dig sat op\n2) Tilføj dit første barn\n3) Du er helt klar!"),
            U("instead", "Nobody says 'lad os få dig sat op'. Something like 'Kom godt i gang'."),
            A("1) Kom godt i gang\n2) Tilføj dit første barn\n3) Så er du klar"),
            U("followup", "And 'Add another child' for the button after the first one."),
            A("4) Tilføj et barn mere"),
            U("acceptance", "good"),
        ]},
    ],
    "2026-07-08": [
        {"time": "08:20:00", "title": "Cut discussion guide", "steps": [
            U("plain", "This guide is 60 min and I have 30. Cut it.\n1. Tell me about your family\n2. Describe a normal morning\n3. Describe a normal afternoon\n4. Walk me through your last pickup\n5. What happens at the handover moment with staff?\n6. How do you know your child had a good day?\n7. What do you use the app for?\n8. What do you never use in the app?\n9. Tell me about a time pickup went wrong\n10. Who else picks up your child?\n11. How do you communicate with other parents?\n12. If you had a magic wand..."),
            A("Shortened version:\n\n1. Tell me about your family and a normal day\n2. Walk me through your last pickup\n3. What happens at the handover moment with staff?\n4. How do you know your child had a good day?\n5. What do you use the app for, and what do you never use?\n6. Tell me about a time pickup went wrong\n7. Who else picks up your child?\n8. How do you communicate with other parents?\n9. If you could change one thing about pickup, what would it be?\n10. Anything else?"),
            U("repeat_narrow", "6 questions. Keep the ones about the handover."),
            A("1. Tell me about your family and a normal day with pickup\n2. Walk me through your last pickup, step by step\n3. What happens in the moment your child is handed over?\n4. How do you find out how your child's day went?\n5. Tell me about a pickup that went wrong\n6. When someone else picks up, how does the daycare know?"),
            U("partial", "These 6 are the right ones. But you rewrote them. I need the original wording, it's the same guide as round 1."),
            A("Original wording:\n\n1. Walk me through your last pickup\n2. What happens at the handover moment with staff?\n3. How do you know your child had a good day?\n4. Tell me about a time pickup went wrong\n5. Who else picks up your child?\n6. What do you use the app for?"),
            U("acceptance", "good."),
        ]},
        {"time": "11:02:00", "title": "Rename renovation photos", "steps": [
            U("plain", "Rename the photos in ~/Pictures/sommerhus/ to the date they were taken, like 2026-06-14_001.jpg."),
            T("terminal", {"command": "brew install exiftool"}, "==> Downloading https://ghcr.io/v2/homebrew/core/exiftool/manifests/13.10\n==> Pouring exiftool--13.10.all.bottle.tar.gz\n/opt/homebrew/Cellar/exiftool/13.10: 1,254 files, 28.1MB", 0),
            A("I installed exiftool with Homebrew. Next step:\n\n```bash\ncd ~/Pictures/sommerhus\nexiftool '-FileName<DateTimeOriginal' -d '%Y-%m-%d_%%.3nc.%%e' .\n```\n\nThis renames every file to its capture date with a counter."),
            U("reject_approach", "Don't install stuff on my Mac without asking. Remove it. Use what's already there, mdls."),
            T("terminal", {"command": "brew uninstall exiftool && cd ~/Pictures/sommerhus && for f in *.jpg; do d=$(mdls -raw -name kMDItemContentCreationDate \"$f\" | cut -c1-10); echo \"$f -> $d\"; done | head -4"}, "Uninstalling /opt/homebrew/Cellar/exiftool/13.10... (1,254 files, 28.1MB)\nIMG_4410.jpg -> 2026-06-14\nIMG_4411.jpg -> 2026-06-14\nIMG_4412.jpg -> 2026-06-14\nIMG_4502.jpg -> 2026-06-21", 0),
            A("Removed exiftool. With `mdls` only, dry run (first four shown):\n\n```\nIMG_4410.jpg -> 2026-06-14\nIMG_4411.jpg -> 2026-06-14\nIMG_4412.jpg -> 2026-06-14\nIMG_4502.jpg -> 2026-06-21\n```\n\nThe real run would add a counter per date: `2026-06-14_001.jpg`, `2026-06-14_002.jpg`, ... Should I run it for real?"),
            U("clarify_answer", "Yes, run it."),
            T("terminal", {"command": "cd ~/Pictures/sommerhus && ./rename_by_date.sh"}, "renamed 143 files", 0),
            A("Renamed 143 files. Example: `IMG_4410.jpg` is now `2026-06-14_001.jpg`."),
            U("acceptance", "nice"),
        ]},
        {"time": "19:45:00", "title": "Fever rule daycare", "steps": [
            U("plain", "How long fever free before a child can go back to daycare in Denmark. Official rule."),
            T("web_search", {"query": "Sundhedsstyrelsen feber barn dagtilbud hvornår tilbage"}, "Sundhedsstyrelsen 'Smitsomme sygdomme hos børn og unge' (2025): Børn med feber bør holdes hjemme. Barnet kan komme i dagtilbud igen, når det er feberfrit og almentilstanden er god. Der er ingen fast regel om 24 timer; nogle dagtilbud har egne retningslinjer.", 0),
            A("There is no fixed national rule. Sundhedsstyrelsen's guidance: a child with fever stays home, and can come back when fever-free **and** in good general condition. Many institutions add their own rule, typically 24 hours fever-free, so check what Ida's place writes in Aula."),
            U("acceptance", "ok, that's what I thought."),
            A("👍"),
            U("new_task", "Barnets første sygedag - only the first day, or can I split it?"),
            A("It's the first day of the child's illness, one whole day per illness period, and it has to be taken by one parent (you can't split it into two half days between you and your partner). Many overenskomster also give a second day (barnets anden sygedag). Check your contract for that."),
            U("acceptance", "ok"),
        ]},
    ],
    "2026-07-12": [
        {"time": "10:00:00", "title": "Parse submitted dates", "steps": [
            U("plain", "Column 'submitted' has strings like '03-07-2026 14:22'. Parse, then count responses per day."),
            T("terminal", {"command": "cd ~/surveys && python3 per_day.py"}, "submitted\n2026-03-07    84\n2026-04-07    61\n2026-05-07    40", 0),
            A("```python\ndf['submitted'] = pd.to_datetime(df['submitted'])\nper_day = df.groupby(df['submitted'].dt.date).size()\n```\n\nResult: 84 responses on 2026-03-07, 61 on 2026-04-07, 40 on 2026-05-07."),
            U("explicit", "It is day first. You made 3 July into 7 March."),
            T("terminal", {"command": "cd ~/surveys && python3 per_day.py"}, "submitted\n2026-07-03    84\n2026-07-04    61\n2026-07-05    40", 0),
            A("Fixed with an explicit format:\n\n```python\ndf['submitted'] = pd.to_datetime(df['submitted'], format='%d-%m-%Y %H:%M')\n```\n\n3 July: 84, 4 July: 61, 5 July: 40."),
            U("acceptance", "yes"),
        ]},
        {"time": "13:30:00", "title": "Observer note template", "steps": [
            U("plain", "Note template for the observer in the interviews. Markdown."),
            A("```markdown\n# Interview P__ - date\nObserver: \nParticipant: P__ (role, kids' ages)\n\n## Key moments\n- \n\n## Quotes\n- \n\n## Pain points\n- \n\n## Workarounds\n- \n\n## Surprises\n- \n```\n\nShould I add a timestamp column for the quotes?"),
            U("clarify_answer", "Yes, we record, so timestamps help finding it later."),
            A("```markdown\n# Interview P__ - date\nObserver: \nParticipant: P__ (role, kids' ages)\n\n| Time | Type (quote/pain/workaround/surprise) | Note | Follow-up? |\n|------|------|------|------|\n| 00:00 | | | |\n| | | | |\n| | | | |\n| | | | |\n```"),
            U("instead", "Not a table, I type fast in bullets. Timestamp first on every line."),
            A("```markdown\n# Interview P__ - date\nObserver: \nParticipant: P__ (role, kids' ages)\n\n## Notes\n- 00:00 Q: \n- 00:00 PAIN: \n- 00:00 WA: \n- 00:00 !: \n\n(Q = quote, PAIN = pain point, WA = workaround, ! = surprise)\n```"),
            U("acceptance", "yes this."),
        ]},
        {"time": "18:15:00", "title": "Cargo bike chain skipping", "steps": [
            U("plain", "Christiania bike, the chain skips under load. What do I check first."),
            A("Chain skipping under load can have several causes. Here's a thorough checklist:\n\n1. Chain wear (stretch)\n2. Worn rear sprocket\n3. Worn front chainring\n4. Stiff links\n5. Chain tension\n6. Gear cable adjustment\n7. Loose rear wheel in the dropouts\n8. Bent chain\n9. Dirty drivetrain\n10. Wrong chain for the drivetrain\n\nStart at the top and work down. Most issues on cargo bikes come from the heavy loads accelerating wear, so also consider servicing more often than on a normal bike."),
            U("repeat_narrow", "The first thing. One."),
            A("Chain wear. Measure it with a chain checker; if it's past 0.75%, replace the chain - and on a cargo bike check the rear sprocket too, a worn sprocket keeps skipping even with a new chain."),
            U("acceptance", "ok. I buy a checker."),
        ]},
    ],
    "2026-07-15": [
        {"time": "09:40:00", "title": "Two proportions", "steps": [
            U("plain", "Is the difference between 41% (n=220) and 48% (n=195) significant? Quick."),
            A("To test this properly you can use a chi-square test or a two-proportion z-test. Here's how in Python:\n\n```python\nfrom statsmodels.stats.proportion import proportions_ztest\nimport numpy as np\n\ncount = np.array([round(0.41 * 220), round(0.48 * 195)])\nnobs = np.array([220, 195])\nstat, pval = proportions_ztest(count, nobs)\nprint(f'z = {stat:.2f}, p = {pval:.3f}')\n```\n\nOr with scipy:\n\n```python\nfrom scipy.stats import chi2_contingency\ntable = [[90, 130], [94, 101]]\nchi2, p, dof, expected = chi2_contingency(table)\n```\n\nIf p < 0.05, the difference is significant at the 5% level."),
        U("reject_approach", "I don't need code. Do the math and tell me."),
            A("Two-proportion z-test: pooled p = 0.443, SE = 0.049, z = 0.07 / 0.049 ≈ **1.43**, p ≈ **0.15**.\n\nNot significant at 5%. With these n you'd need a gap of roughly 9.5 points."),
            U("acceptance", "ok. not significant, as I feared."),
        ]},
        {"time": "14:10:00", "title": "Report conventions memory", "steps": [
            U("plain", "Save this: in our reports Likert top-2-box is called 'agree', we always report n, and we round to whole percent."),
            T("memory", {"action": "add", "content": "Report conventions: top-2-box = 'agree'; always report n; round to whole percent."}, "saved note #57", 0),
            A("Saved."),
            U("new_task", "And what did I say about the client name, can I use it in file names?"),
            T("memory", {"action": "search", "query": "client name file names"}, "note #52: Client 'Nordlys Energi' - never in file names or slide titles, use code NE.", 0),
            A("You said 'Nordlys Energi' can be used in file names, but not in slide titles."),
            U("explicit", "No, the opposite. Never in file names. Look again."),
            A("Sorry, I misread note #52. It says: never use 'Nordlys Energi' in file names **or** slide titles - use the code **NE**."),
            U("acceptance", "right."),
        ]},
        {"time": "20:30:00", "title": "Lighter pine floor", "steps": [
            U("plain", "Old pine floor in the summer house, I want it lighter. Lye and then white soap, or white oil? Pros/cons, short."),
            A("## Lye + soap vs. white oil for pine floors\n\n### Background\nPine naturally yellows over time because of the resin in the wood and UV exposure. Lye (lud) contains a white pigment and an alkaline component that neutralises the tannins, which lightens the wood and slows yellowing. Soap (typically white floor soap) builds a protective layer through regular washing, while oil penetrates the wood fibres and hardens.\n\n### Lye + white soap\n**Pros:** The classic Scandinavian look, very light and matte. Easy to maintain - you just wash the floor with soap water. Scratches are easily repaired locally. Cheap.\n**Cons:** Needs regular soap washing (every week at first, then monthly). Less resistant to stains like red wine and oil. Can turn grey if not maintained.\n\n### Lye + white oil\n**Pros:** More resistant to stains and water. Less maintenance. Still light.\n**Cons:** Slightly less light than soap, a little more 'finished' look. Re-oiling every 1-2 years. Harder to spot-repair.\n\n### Summer house considerations\nA summer house is often empty for long periods and can be humid, and gets sand from the beach...\n\n### Conclusion\nFor a summer house with sand and kids, lye + white oil is probably the most practical."),
            U("explicit", "Too long. I said short."),
            A("- **Lye + white soap:** lightest, matte, cheap, easy spot repair. Needs soap washing often, stains easier.\n- **Lye + white oil:** a bit less white, tougher against stains and sand, re-oil every 1-2 years.\n\nSummer house with sand and a toddler: white oil."),
            U("followup", "The floor has been varnished at some point, at least in the kitchen."),
            A("Then lye and oil won't get into the wood where there's varnish. The kitchen needs to be sanded down to bare wood first (a floor sander, 3 grits, e.g. 40-60-100). Test the other rooms with a drop of water: if it soaks in, no varnish."),
            U("acceptance", "ok. renting a sander then."),
        ]},
    ],
}
