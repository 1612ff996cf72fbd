"""Format E sessions (event logs, one per date) for the fresh16 corpus, by blind author Q."""

E1 = {"role": "timmy", "steps": [
    ("u", "plain", "morning. build the windows + linux exports from the command line, I want to script releases"),
    ("d", "run headless export with existing presets", "export_presets.cfg has 'Windows Desktop' and 'Linux' presets"),
    ("t", "terminal", {"command": "cd ~/dev/kelp && godot --headless --export-release \"Windows Desktop\" build/win/kelp.exe"}, "ERROR: Cannot export project with preset \"Windows Desktop\" due to configuration errors:\nNo export template found at the expected path:\n/Users/kai/Library/Application Support/Godot/export_templates/4.3.stable/windows_release_x86_64.exe", 1),
    ("e", "export templates missing", "godot --headless --export-release exited 1: no templates in export_templates/4.3.stable"),
    ("a", "The export failed: the 4.3.stable export templates aren't installed on this Mac. Want me to download them from the Godot site (~1 GB) and install them?"),
    ("u", "decline_offer", "no, they're on the external drive. /Volumes/kai_ext/godot/templates/4.3.stable, copy from there"),
    ("t", "terminal", {"command": "mkdir -p ~/Library/Application\\ Support/Godot/export_templates && cp -R /Volumes/kai_ext/godot/templates/4.3.stable ~/Library/Application\\ Support/Godot/export_templates/ && cd ~/dev/kelp && godot --headless --export-release \"Windows Desktop\" build/win/kelp.exe && godot --headless --export-release \"Linux\" build/linux/kelp.x86_64 && du -sh build/win build/linux"}, "savepack: end\nsavepack: end\n212M\tbuild/win\n209M\tbuild/linux", 0),
    ("a", "Copied the templates and both exports built:\n\n- `build/win/kelp.exe` (212 MB folder)\n- `build/linux/kelp.x86_64` (209 MB folder)"),
    ("u", "followup", "good. now put that in a script, scripts/export_all.sh, version from the latest git tag in the folder names"),
    ("a", "Here's `scripts/export_all.py`:\n\n```python\n#!/usr/bin/env python3\nimport subprocess, pathlib\n\nversion = subprocess.check_output([\"git\", \"describe\", \"--tags\", \"--abbrev=0\"], text=True).strip()\nfor preset, out in [(\"Windows Desktop\", \"win/kelp.exe\"), (\"Linux\", \"linux/kelp.x86_64\")]:\n    path = pathlib.Path(\"build\") / version / out\n    path.parent.mkdir(parents=True, exist_ok=True)\n    subprocess.run([\"godot\", \"--headless\", \"--export-release\", preset, str(path)], check=True)\n```\n\nPython makes the path handling cleaner than bash."),
    ("u", "reject_approach", "I said .sh. the CI runner image has no python, keep it bash"),
    ("a", "```bash\n#!/usr/bin/env bash\nset -euo pipefail\ncd \"$(dirname \"$0\")/..\"\n\nversion=$(git describe --tags --abbrev=0)\n\nexport_one() {\n  local preset=$1 out=$2\n  mkdir -p \"$(dirname \"build/$version/$out\")\"\n  godot --headless --export-release \"$preset\" \"build/$version/$out\"\n}\n\nexport_one \"Windows Desktop\" win/kelp.exe\nexport_one \"Linux\" linux/kelp.x86_64\necho \"exported $version\"\n```\n\n`chmod +x scripts/export_all.sh`. `set -euo pipefail` makes it stop on the first failed export, so CI goes red instead of shipping half a build."),
    ("u", "acceptance", "ok that's the one. committed"),
    ("a", "Good. CI can call it as `scripts/export_all.sh` from the repo root or anywhere else, since it cd's to the repo first."),
    ("u", "new_task", "while you're there, how big is the .pck vs the binary in the linux build"),
    ("t", "terminal", {"command": "cd ~/dev/kelp/build/linux && ls -lh"}, "-rwxr-xr-x  1 kai  staff    68M  kelp.x86_64\n-rw-r--r--  1 kai  staff   141M  kelp.pck", 0),
    ("a", "Binary 68 MB, kelp.pck 141 MB. The pck is almost all music and painted backgrounds; if you want it smaller, check which textures are still imported as lossless when VRAM compression would do."),
    ("u", "acceptance", "fine for now"),
]}

E2 = {"role": "assistant", "steps": [
    ("u", "plain", "june numbers. did I stay under 3k spending? ~/finance/june.csv"),
    ("t", "terminal", {"command": "awk -F, 'NR>1 {s+=$3} END {printf \"%.2f\\n\", s}' ~/finance/june.csv"}, "2917.40", 0),
    ("a", "Yes - June spending was **2,917.40 CAD**, 82.60 under your 3k target."),
    ("u", "followup", "and net, with the 1,850 from the tidewater UI contract"),
    ("a", "1,850.00 - 2,917.40 = **-1,067.40** for June, so savings went down by about a thousand."),
    ("u", "new_task", "make me a monthly template I can reuse. a csv, categories as rows"),
    ("a", "Here's a setup you can reuse in Numbers or Excel:\n\n1. Create a sheet named **Monthly**.\n2. Column A: categories. Column B: budget. Column C: actual. Column D: `=B2-C2` for the difference.\n3. Add a totals row with `=SUM(B2:B12)`.\n4. Use conditional formatting on column D: red when negative.\n5. Duplicate the sheet each month and rename it."),
    ("u", "echo", "a csv. I open it in whatever, don't care about numbers"),
    ("a", "```csv\ncategory,type,budget_cad,actual_cad,notes\nrent,personal,1850,,\nfood,personal,520,,\nphone+internet,business,135,,\nsoftware,business,96,,\nclimbing,personal,89,,\ncat (insurance + vet),personal,48,,\ntransit,personal,105,,\nreference games,business,30,,\ncontractors,business,0,,\nincome: contracts,income,,,\nincome: steam,income,,,\n```\n\nShould it have a separate column for GST paid on business expenses, for the ITC claim later?"),
    ("u", "clarify_answer", "yes, gst column, only filled for business rows"),
    ("a", "```csv\ncategory,type,budget_cad,actual_cad,gst_paid,notes\nrent,personal,1850,,,\nfood,personal,520,,,\nphone+internet,business,135,,,\nsoftware,business,96,,,\nclimbing,personal,89,,,\ncat (insurance + vet),personal,48,,,\ntransit,personal,105,,,\nreference games,business,30,,,\ncontractors,business,0,,,\nincome: contracts,income,,,,\nincome: steam,income,,,,\n```\n\nWant me to write it to `~/finance/template_monthly.csv`?"),
    ("u", "acceptance", "yes put it there"),
    ("t", "terminal", {"command": "cat > ~/finance/template_monthly.csv <<'CSV'\ncategory,type,budget_cad,actual_cad,gst_paid,notes\nrent,personal,1850,,,\nfood,personal,520,,,\nphone+internet,business,135,,,\nsoftware,business,96,,,\nclimbing,personal,89,,,\ncat (insurance + vet),personal,48,,,\ntransit,personal,105,,,\nreference games,business,30,,,\ncontractors,business,0,,,\nincome: contracts,income,,,,\nincome: steam,income,,,,\nCSV\nwc -l ~/finance/template_monthly.csv"}, "12 /Users/kai/finance/template_monthly.csv", 0),
    ("a", "Written: `~/finance/template_monthly.csv`, header + 11 rows."),
]}

E3 = {"role": "timmy", "steps": [
    ("u", "plain", "split costs for saturday's squamish trip. gas 48, parking 10, Aiko drove and paid both. 3 of us: me, Aiko, Ren"),
    ("a", "Gas + parking = 58, so 19.33 each. Aiko already paid, so you and Ren each owe Aiko 19.33."),
    ("u", "followup", "Ren also bought timbits + coffee for everyone, 14.50. what do I owe now"),
    ("a", "Full picture:\n\n| | paid | share | balance |\n|---|---|---|---|\n| Aiko | 58.00 | 24.17 | +33.83 |\n| Ren | 14.50 | 24.17 | -9.67 |\n| You | 0.00 | 24.17 | -24.17 |\n\nShares: (58 + 14.50) / 3 = 24.17. Settling: you pay Aiko 19.33 and Ren 4.83; Ren pays Aiko 14.50 (19.33 - 4.83). Everyone ends at zero."),
    ("u", "repeat_narrow", "just what I send and to who, doing the e-transfers now"),
    ("a", "- Aiko: **19.33**\n- Ren: **4.83**"),
    ("u", "acceptance", "sent both"),
    ("a", "Then you're square with both of them."),
    ("u", "new_task", "might go again sunday. weather?"),
    ("t", "web_search", {"query": "Squamish weather Sunday forecast"}, "Squamish, BC - Sunday: Sunny with cloudy periods, high 22C, low 12C. POP 20%. Wind light.", 0),
    ("a", "Sunday in Squamish: sun with cloudy periods, high 22C, 20% POP, light wind - a bit cooler than Saturday, decent for friction. Want me to check Sea to Sky highway conditions too?"),
    ("u", "decline_offer", "no, I'm not driving, taking the squamish connector bus"),
    ("a", "Then check the connector's Sunday schedule - the early bus fills up on summer weekends."),
]}

E4 = {"role": "assistant", "steps": [
    ("u", "plain", "wobble distortion for the background when you look through the water surface. canvas_item shader on a ColorRect, reads the screen"),
    ("a", "```glsl\nshader_type canvas_item;\n\nuniform float amplitude = 0.01;\nuniform float frequency = 20.0;\nuniform float speed = 2.0;\n\nvoid fragment() {\n    vec2 uv = SCREEN_UV;\n    uv.x += sin(uv.y * frequency + TIME * speed) * amplitude;\n    COLOR = texture(SCREEN_TEXTURE, uv);\n}\n```"),
    ("u", "explicit", "SCREEN_TEXTURE doesn't exist anymore in 4, doesn't compile. it's a sampler uniform with hint_screen_texture"),
    ("a", "Right, for 4.x:\n\n```glsl\nshader_type canvas_item;\n\nuniform sampler2D screen_tex : hint_screen_texture, filter_linear_mipmap;\nuniform float amplitude = 0.05;\nuniform float frequency = 20.0;\nuniform float speed = 4.0;\n\nvoid fragment() {\n    vec2 uv = SCREEN_UV;\n    uv.x += sin(uv.y * frequency + TIME * speed) * amplitude;\n    uv.y += cos(uv.x * frequency * 0.7 + TIME * speed) * amplitude;\n    COLOR = texture(screen_tex, uv);\n}\n```"),
    ("u", "partial", "compiles now. but it's insane, the whole screen sloshes around. 0.05 is 5% of the screen, tone it way down"),
    ("a", "Yes, 0.05 in screen UV is huge. Subtle values:\n\n```glsl\nuniform float amplitude = 0.004;\nuniform float frequency = 30.0;\nuniform float speed = 1.5;\n```\n\nAt 1280x800 that's about 5 px of wobble. If you want it resolution-independent, multiply by `SCREEN_PIXEL_SIZE` instead: `amplitude_px = 5.0` and `uv.x += sin(...) * amplitude_px * SCREEN_PIXEL_SIZE.x`."),
    ("u", "followup", "nice and subtle now. can it only apply below the waterline? waterline moves with the camera"),
    ("a", "Pass the waterline's screen-space Y from a script and mask with it:\n\n```glsl\nuniform float waterline_uv = 0.3;  // 0 = top of screen, 1 = bottom\n\nvoid fragment() {\n    vec2 uv = SCREEN_UV;\n    float below = smoothstep(waterline_uv - 0.005, waterline_uv + 0.005, SCREEN_UV.y);\n    vec2 off = vec2(sin(uv.y * frequency + TIME * speed), cos(uv.x * frequency * 0.7 + TIME * speed)) * amplitude;\n    COLOR = texture(screen_tex, uv + off * below);\n}\n```\n\nOn the ColorRect's script:\n\n```gdscript\nfunc _process(_delta: float) -> void:\n    var y := (get_viewport().get_canvas_transform() * Vector2(0, water_y)).y\n    material.set_shader_parameter(\"waterline_uv\", y / get_viewport_rect().size.y)\n```"),
    ("u", "acceptance", "works, and the soft edge at the line looks good"),
]}

E5 = {"role": "timmy", "steps": [
    ("u", "plain", "Mochi's recheck is aug 3. what should I ask the vet? short list"),
    ("d", "use saved notes on June bloodwork", "memory has BUN/SDMA high and USG low from June 8"),
    ("a", "Questions for the recheck:\n\n1. Has SDMA changed since June?\n2. What IRIS stage is she in now?\n3. Should BUN be rechecked fasted?\n4. Is urine specific gravity still low?\n5. Does she need a urine culture?\n6. Should we check blood pressure?\n7. Is k/d enough or does she need phosphate binders?\n8. Should she get subcutaneous fluids at home?\n9. How often should bloodwork be repeated?\n10. Any signs that should make me come in early?\n11. Is her weight trend ok?\n12. Is her dental health affecting her kidneys?"),
    ("u", "echo", "short list. 12 questions isn't short"),
    ("a", "The four that matter most:\n\n1. Did SDMA/creatinine go up, down or stay since June - what stage is that?\n2. Can we check her blood pressure today?\n3. Is k/d enough, or does she need anything else (binders, fluids)?\n4. What should make me bring her in before the next recheck?"),
    ("u", "acceptance", "good, that's it"),
    ("a", "Good luck on the 3rd."),
    ("u", "new_task", "also she's been drinking more the last week or so. worth mentioning or am I being paranoid"),
    ("a", "Worth mentioning - increased thirst is one of the things vets track with kidney changes, and it's useful if you can put a number on it. Do you know roughly how much she drinks in a day?"),
    ("u", "clarify_answer", "no idea, she drinks from the fountain. I could measure"),
    ("a", "Easy way with a fountain:\n\n1. Fill it to a marked line at the same time each day.\n2. Next day, measure how much water (ml) it takes to get back to the line.\n3. Put a bowl of water next to it that she can't reach (or on top of the fridge) to subtract evaporation.\n\nDo it for 3-4 days. For a ~4.3 kg cat on wet food, well over ~200 ml/day would be notable - let the vet interpret the number."),
    ("u", "acceptance", "ok starting tonight"),
]}

E6 = {"role": "assistant", "steps": [
    ("u", "plain", "draft the steam event post announcing the release date, nov 13. short, personal, from me not 'the team'"),
    ("a", "**Kelp & Lantern launches November 13!**\n\nWe're thrilled to finally announce our release date! After three years of work, we can't wait for you to guide Pip through the deep. Our team has poured everything into every level, and we'd love your support - wishlist now so you don't miss launch day.\n\nThank you for being with us on this journey!"),
    ("u", "echo", "from me. it's 'we' and 'our team' all over, I'm one person"),
    ("a", "**Kelp & Lantern launches November 13**\n\nHi, I'm Kai - I've been making Kelp & Lantern on my own in Vancouver for three years, and it finally has a date: November 13.\n\nEvery level, puzzle and painted background is something I've fussed over far too long, and I'm excited (and a bit nervous) to let Pip out into the world. If you'd like to come along, a wishlist helps more than you'd think.\n\nThanks for following along.\n- Kai"),
    ("u", "followup", "that's me. add that the demo stays up until launch"),
    ("a", "Insert after the first paragraph:\n\nThe demo stays up until launch day, so if you haven't tried the first two biomes yet, there's still time."),
    ("u", "new_task", "now a bluesky post for the same news, under 300 chars"),
    ("a", "Kelp & Lantern has a release date: November 13! 🐟💡 Three years of solo dev, one tiny lanternfish. Demo is still up until launch. #indiedev #gamedev #cozygames #godot"),
    ("u", "instead", "no hashtags. end with the steam link instead"),
    ("a", "Kelp & Lantern has a release date: November 13! 🐟💡 Three years of solo dev, one tiny lanternfish. Demo is still up until launch.\n\nstore.steampowered.com/app/<your-app-id>"),
    ("u", "acceptance", "good, I'll put the real link in"),
]}

E7 = {"role": "timmy", "steps": [
    ("u", "plain", "input remap menu, keyboard + gamepad. settings screen exists already, I just need the remap list part"),
    ("a", "Should remaps be saved in your existing ConfigFile save (the SaveGame autoload), or in a separate file?"),
    ("u", "clarify_answer", "same ConfigFile, an 'input' section"),
    ("a", "`remap_list.gd` on a VBoxContainer:\n\n```gdscript\nextends VBoxContainer\n\nconst ACTIONS := [\"move_left\", \"move_right\", \"move_up\", \"move_down\", \"jump\", \"interact\"]\nvar _waiting: String = \"\"\nvar _buttons := {}\n\nfunc _ready() -> void:\n    for a in ACTIONS:\n        var saved = SaveGame.cfg.get_value(\"input\", a, null)\n        if saved is InputEventKey:\n            InputMap.action_erase_events(a)\n            InputMap.action_add_event(a, saved)\n        var b := Button.new()\n        b.text = \"%s: %s\" % [a, _key_name(a)]\n        b.pressed.connect(func(): _waiting = a; b.text = \"%s: ...\" % a)\n        add_child(b)\n        _buttons[a] = b\n\nfunc _input(event: InputEvent) -> void:\n    if _waiting == \"\" or not (event is InputEventKey and event.pressed):\n        return\n    InputMap.action_erase_events(_waiting)\n    InputMap.action_add_event(_waiting, event)\n    SaveGame.cfg.set_value(\"input\", _waiting, event)\n    SaveGame.save()\n    _buttons[_waiting].text = \"%s: %s\" % [_waiting, _key_name(_waiting)]\n    _waiting = \"\"\n    get_viewport().set_input_as_handled()\n\nfunc _key_name(a: String) -> String:\n    var evs := InputMap.action_get_events(a)\n    return evs[0].as_text() if evs.size() > 0 else \"-\"\n```\n\nConfigFile stores InputEvent resources directly, so no manual serialization."),
    ("u", "repeat_narrow", "gamepad too. half the players are going to be on deck"),
    ("a", "Two columns per action - keyboard and gamepad - each rebinding only its own device type:\n\n```gdscript\nfunc _input(event: InputEvent) -> void:\n    if _waiting == \"\" or not event.is_pressed():\n        return\n    var is_kb := event is InputEventKey\n    var is_pad := event is InputEventJoypadButton\n    if (_waiting_device == \"kb\" and not is_kb) or (_waiting_device == \"pad\" and not is_pad):\n        return\n    for old in InputMap.action_get_events(_waiting):\n        if (is_kb and old is InputEventKey) or (is_pad and old is InputEventJoypadButton):\n            InputMap.action_erase_event(_waiting, old)\n    InputMap.action_add_event(_waiting, event)\n    SaveGame.cfg.set_value(\"input\", \"%s_%s\" % [_waiting, _waiting_device], event)\n    SaveGame.save()\n    _refresh(_waiting)\n    _waiting = \"\"\n    get_viewport().set_input_as_handled()\n```\n\nEach row gets two buttons that set `_waiting` and `_waiting_device` (\"kb\" / \"pad\"); `_ready()` loads both keys per action."),
    ("u", "partial", "buttons rebind fine now. but pushing a stick direction is ignored, and move_* on deck is mostly the left stick"),
    ("a", "Stick input is `InputEventJoypadMotion`, which the pad check skipped. Treat motion past a threshold as a press:\n\n```gdscript\n    var is_pad := event is InputEventJoypadButton \\\n        or (event is InputEventJoypadMotion and absf(event.axis_value) > 0.6)\n    # ... same as before, and when erasing old pad events:\n        if is_pad and (old is InputEventJoypadButton or old is InputEventJoypadMotion):\n            InputMap.action_erase_event(_waiting, old)\n```\n\nBefore adding, snap it so the stored event isn't a half-tilt: `if event is InputEventJoypadMotion: event.axis_value = signf(event.axis_value)`. Also check `event.is_pressed()` isn't used for motion events - it returns false for them, so test motion before that early return."),
    ("u", "acceptance", "stick binds now. ok good, shipping it in the demo"),
]}

E8 = {"role": "assistant", "steps": [
    ("u", "plain", "creative BC interactive fund wants a budget table. total 48k: me 24k, art 12k (contract), music 5k (Ren), marketing 4k, QA 3k. markdown table with a % column"),
    ("a", "| Category | Amount (CAD) | % |\n|---|---|---|\n| Development (applicant) | 24,000 | 50% |\n| Art (contract) | 12,000 | 25% |\n| Music (Ren Okabe) | 5,000 | 10% |\n| Marketing | 4,000 | 8% |\n| QA | 3,000 | 6% |\n| **Total** | **48,000** | **99%** |"),
    ("u", "instead", "one decimal please. they check that it adds up to 100"),
    ("a", "| Category | Amount (CAD) | % |\n|---|---|---|\n| Development (applicant) | 24,000 | 50.0% |\n| Art (contract) | 12,000 | 25.0% |\n| Music (Ren Okabe) | 5,000 | 10.4% |\n| Marketing | 4,000 | 8.3% |\n| QA | 3,000 | 6.3% |\n| **Total** | **48,000** | **100.0%** |"),
    ("u", "followup", "they also want requested vs matching columns. I'm asking for 24k, rest is my savings + CMF. the fund can't pay the applicant's own salary"),
    ("a", "| Category | Amount | Requested | Matching |\n|---|---|---|---|\n| Development (applicant) | 24,000 | 12,000 | 12,000 |\n| Art (contract) | 12,000 | 6,000 | 6,000 |\n| Music (Ren Okabe) | 5,000 | 2,500 | 2,500 |\n| Marketing | 4,000 | 2,000 | 2,000 |\n| QA | 3,000 | 1,500 | 1,500 |\n| **Total** | **48,000** | **24,000** | **24,000** |"),
    ("u", "explicit", "that's wrong, the table asks them for 12k of my salary. they can't pay any of it"),
    ("a", "Fixed - the applicant's development time is all matching, and the request covers the contracted work:\n\n| Category | Amount | Requested | Matching |\n|---|---|---|---|\n| Development (applicant) | 24,000 | 0 | 24,000 |\n| Art (contract) | 12,000 | 12,000 | 0 |\n| Music (Ren Okabe) | 5,000 | 5,000 | 0 |\n| Marketing | 4,000 | 4,000 | 0 |\n| QA | 3,000 | 3,000 | 0 |\n| **Total** | **48,000** | **24,000** | **24,000** |\n\nThe contracts add up to exactly 24,000, so the request is 50% of the budget. Want me to draft the budget justification paragraph as well?"),
    ("u", "decline_offer", "no, that part is a form with fixed questions. I'll do it tonight"),
]}

E9 = {"role": "timmy", "steps": [
    ("u", "plain", "right shoulder hurts on gastons since tuesday. front of the shoulder. do I need to stop climbing?"),
    ("a", "Probably not completely, but it depends on the pattern. Does it hurt only during the move, or also at rest or at night?"),
    ("u", "clarify_answer", "only on gastons and wide presses. nothing at rest, sleep is fine"),
    ("a", "That pattern usually means irritated tissue at the front of the shoulder rather than something torn. What tends to work:\n\n- **Keep climbing**, but skip gastons, wide presses and big shouldery moves for 1-2 weeks\n- Take ibuprofen 30 minutes before sessions to keep the inflammation down so you can keep training\n- Add band external rotations and face pulls (you already have them in your antagonist routine)\n- If it's not clearly better in 2-3 weeks, or if it starts hurting at night, see your physio"),
    ("u", "reject_approach", "no painkillers before climbing, that's how you stop feeling the thing you're supposed to be avoiding. take that out"),
    ("a", "Agreed - masking the pain is the wrong idea while you're modifying moves. Without it:\n\n- Keep climbing, but skip gastons, wide presses and big shouldery moves for 1-2 weeks\n- Use pain as the guide: a move that hurts above 2/10 gets skipped\n- Band external rotations and face pulls after sessions\n- Physio if it's not clearly better in 2-3 weeks or it starts hurting at night"),
    ("u", "new_task", "put it in memory, so I can tell the physio when it started"),
    ("t", "memory", {"action": "add", "target": "user", "content": "Climbing injury: right shoulder, anterior pain on gastons and wide presses since Tue Jul 14 2026. No pain at rest or at night. Plan: avoid those moves 1-2 weeks, band ER + face pulls, physio if not better in 2-3 weeks."}, "saved", 0),
    ("a", "Saved: right shoulder, front, since Tuesday July 14, only on gastons and wide presses."),
    ("u", "acceptance", "👍"),
]}

E10 = {"role": "assistant", "steps": [
    ("u", "plain", "set up localization for english + japanese. every UI string is hardcoded in the scenes right now"),
    ("a", "The standard approach is gettext:\n\n1. Project Settings -> Localization -> POT Generation: add your UI scenes.\n2. Click **Generate POT** to extract all strings into `messages.pot`.\n3. Create `ja.po` from it with Poedit and translate.\n4. Add `ja.po` under Localization -> Translations.\n5. Switch with `TranslationServer.set_locale(\"ja\")`.\n\nControls translate their text automatically when the string matches a msgid."),
    ("u", "instead", "I want the CSV translation format. my cousin is translating and she lives in google sheets, she's not installing poedit"),
    ("a", "CSV it is:\n\n1. `res://i18n/ui.csv`:\n```csv\nkeys,en,ja\nMENU_PLAY,Play,はじめる\nMENU_SETTINGS,Settings,せってい\nMENU_QUIT,Quit,おわる\n```\n2. Godot imports it automatically into `ui.en.translation` and `ui.ja.translation`; add both under Project Settings -> Localization -> Translations.\n3. In the scenes, replace each Label/Button text with its key (`MENU_PLAY`). Controls with `auto_translate_mode` on (default) show the translated text.\n4. In code use `tr(\"MENU_PLAY\")`.\n5. `TranslationServer.set_locale(\"ja\")` from the settings menu.\n\nYour cousin can export the sheet as CSV straight into `i18n/ui.csv`; keep the header row exactly `keys,en,ja`."),
    ("u", "followup", "the pixel font has no japanese glyphs. fallback?"),
    ("a", "Add a fallback font on the main FontFile: open `pixel.ttf` import settings or the FontFile resource -> **Fallbacks** -> add a Japanese pixel font. **DotGothic16** (SIL OFL, free) matches a pixel look well; at 16px it lines up with most 8/16px Latin pixel fonts.\n\nGodot uses the fallback only for glyphs missing in the main font, so the English UI won't change. Want me to grep the scenes for hardcoded `text =` values to build the key list?"),
    ("u", "decline_offer", "no, I'll name the keys by hand as I go, names matter for my cousin. just the list of scenes that have text in them"),
    ("t", "terminal", {"command": "cd ~/dev/kelp && grep -l '^text = ' -r --include=*.tscn . | sort"}, "./ui/dialogue_box.tscn\n./ui/hud.tscn\n./ui/main_menu.tscn\n./ui/pause_menu.tscn\n./ui/settings.tscn\n./ui/debug_overlay.tscn\n./levels/biome1/signs.tscn", 0),
    ("a", "Scenes with hardcoded text:\n\n- ui/main_menu.tscn\n- ui/pause_menu.tscn\n- ui/settings.tscn\n- ui/hud.tscn\n- ui/dialogue_box.tscn\n- ui/debug_overlay.tscn\n- levels/biome1/signs.tscn"),
    ("u", "repeat_narrow", "player-facing only. the debug overlay stays english"),
    ("a", "Player-facing only:\n\n- ui/main_menu.tscn\n- ui/pause_menu.tscn\n- ui/settings.tscn\n- ui/hud.tscn\n- ui/dialogue_box.tscn\n- levels/biome1/signs.tscn\n\nOn the debug overlay you can set `auto_translate_mode` to Disabled so a stray key never gets swapped."),
    ("u", "acceptance", "ok. starting with main menu"),
]}

E11 = {"role": "timmy", "steps": [
    ("u", "plain", "make a gif from ~/dev/kelp/marketing/mirror_puzzle.mp4 for the steam description. steam wants under 5MB"),
    ("t", "terminal", {"command": "cd ~/dev/kelp/marketing && ffmpeg -y -i mirror_puzzle.mp4 -vf \"fps=24,scale=960:-1\" mirror_puzzle.gif && ls -lh mirror_puzzle.gif"}, "frame=  192 fps= 88 q=-0.0 Lsize=   19456kB time=00:00:08.00\n-rw-r--r--  1 kai  staff    19M  mirror_puzzle.gif", 0),
    ("a", "Done: `marketing/mirror_puzzle.gif`, 960 px wide, 24 fps, 8 seconds."),
    ("u", "partial", "looks good but it's 19MB. needs to be under 5"),
    ("t", "terminal", {"command": "cd ~/dev/kelp/marketing && ffmpeg -y -i mirror_puzzle.mp4 -vf \"fps=12,scale=616:-1:flags=lanczos,split[a][b];[a]palettegen=max_colors=96[p];[b][p]paletteuse=dither=bayer:bayer_scale=4\" mirror_puzzle.gif && ls -lh mirror_puzzle.gif"}, "frame=   96 fps= 61 q=-0.0 Lsize=    4301kB time=00:00:08.00\n-rw-r--r--  1 kai  staff   4.2M  mirror_puzzle.gif", 0),
    ("a", "Now 4.2 MB: 616 px wide (Steam's description column width, so nothing is lost to downscaling), 12 fps, a 96-color palette generated from the clip itself with bayer dithering - the painted gradients hold up better than with the default palette."),
    ("u", "acceptance", "12fps is fine for a puzzle clip. uploading"),
]}

FORMAT_E = {"2026-07-02": E1, "2026-07-03": E2, "2026-07-05": E3, "2026-07-07": E4, "2026-07-08": E5,
            "2026-07-10": E6, "2026-07-12": E7, "2026-07-14": E8, "2026-07-16": E9, "2026-07-18": E10,
            "2026-07-20": E11}
