"""Format C sessions (hermes_export files, 2-4 sessions per line-file) for the fresh16 corpus, by blind author Q."""

C1 = {"time": "09:31:02", "title": "typewriter dialogue box", "steps": [
    ("u", "plain", "simple dialogue box for the npcs. typewriter text, portrait on the left. godot 4.3"),
    ("a", "The quickest route is the **Dialogic 2** plugin:\n\n1. AssetLib -> search 'Dialogic' -> install, enable in Project Settings -> Plugins.\n2. Create a Character resource per NPC with a portrait.\n3. Write timelines in the Dialogic editor.\n4. Start one with `Dialogic.start(\"harbor_keeper_intro\")`.\n\nIt handles typewriter text, portraits, choices and save state out of the box."),
    ("u", "reject_approach", "no plugin for this, dialogic is huge and I have like 30 lines of dialogue total. RichTextLabel + visible_ratio is enough"),
    ("a", "Fair. Scene: `DialogueBox` (PanelContainer) -> HBoxContainer -> `Portrait` (TextureRect) + `Text` (RichTextLabel).\n\n```gdscript\nextends PanelContainer\n\nsignal finished\n\n@export var chars_per_sec := 40.0\n@onready var portrait: TextureRect = %Portrait\n@onready var text: RichTextLabel = %Text\nvar _tween: Tween\n\nfunc show_line(face: Texture2D, line: String) -> void:\n    show()\n    portrait.texture = face\n    text.text = line\n    text.visible_ratio = 0.0\n    if _tween:\n        _tween.kill()\n    _tween = create_tween()\n    _tween.tween_property(text, \"visible_ratio\", 1.0, line.length() / chars_per_sec)\n    _tween.finished.connect(func(): finished.emit())\n```\n\nMark Portrait and Text as unique names (%) in the scene tree."),
    ("u", "followup", "nice. pressing confirm mid-line should complete it, second press closes"),
    ("a", "Add:\n\n```gdscript\nfunc _unhandled_input(event: InputEvent) -> void:\n    if not visible or not event.is_action_pressed(\"confirm\"):\n        return\n    get_viewport().set_input_as_handled()\n    if text.visible_ratio < 1.0:\n        _tween.kill()\n        text.visible_ratio = 1.0\n        finished.emit()\n    else:\n        hide()\n```\n\n`set_input_as_handled()` stops the same press from also making Pip jump."),
    ("u", "acceptance", "ha, the jump thing was going to bite me. thanks"),
]}

C2 = {"time": "20:14:45", "title": "card statement categories", "steps": [
    ("u", "plain", "categorize ~/finance/visa_may.csv for the books. business vs personal, then sub categories"),
    ("t", "terminal", {"command": "cat ~/finance/visa_may.csv"}, "date,merchant,amount\n2026-05-02,STEAM PURCHASE,24.99\n2026-05-03,SAVE ON FOODS,86.40\n2026-05-06,ADOBE CREATIVE CLD,32.47\n2026-05-09,THE HIVE CLIMBING,94.45\n2026-05-11,STEAM PURCHASE,18.49\n2026-05-14,KITSILANO CAT CLINIC,412.50\n2026-05-18,GITHUB,5.60\n2026-05-21,ITCH.IO,12.00\n2026-05-27,MEC VANCOUVER,159.00", 0),
    ("a", "**Business**\n- Software: Adobe 32.47, GitHub 5.60\n\n**Personal**\n- Entertainment: Steam 24.99, Steam 18.49, itch.io 12.00\n- Groceries: Save On Foods 86.40\n- Fitness: The Hive 94.45, MEC 159.00\n- Pet: Kitsilano Cat Clinic 412.50\n\nBusiness total: 38.07. Personal total: 807.83."),
    ("u", "instead", "steam and itch are business, they're reference games I play for research. put them under research, business"),
    ("a", "**Business**\n- Software: Adobe 32.47, GitHub 5.60\n- Research (reference games): Steam 24.99, Steam 18.49, itch.io 12.00\n\n**Personal**\n- Groceries: Save On Foods 86.40\n- Fitness: The Hive 94.45, MEC 159.00\n- Pet: Kitsilano Cat Clinic 412.50\n\nBusiness total: **93.55**. Personal total: **752.35**.\n\nKeep a one-line note per game of what you were studying - it makes the research deduction easier to defend."),
    ("u", "followup", "good idea. write the research ones to ~/finance/2026_research_log.md, I'll fill in the notes"),
    ("t", "terminal", {"command": "printf '| date | game | store | CAD | what I studied |\\n|---|---|---|---|---|\\n| 2026-05-02 | ? | Steam | 24.99 | |\\n| 2026-05-11 | ? | Steam | 18.49 | |\\n| 2026-05-21 | ? | itch.io | 12.00 | |\\n' >> ~/finance/2026_research_log.md && tail -5 ~/finance/2026_research_log.md"}, "| date | game | store | CAD | what I studied |\n|---|---|---|---|---|\n| 2026-05-02 | ? | Steam | 24.99 | |\n| 2026-05-11 | ? | Steam | 18.49 | |\n| 2026-05-21 | ? | itch.io | 12.00 | |", 0),
    ("a", "Written. The statement doesn't show game titles, so the game column is `?` for you to fill in."),
    ("u", "acceptance", "ok"),
]}

C3 = {"time": "18:02:26", "title": "k/d food transition", "steps": [
    ("u", "plain", "vet wants Mochi on hill's k/d. transition schedule over 7 days pls"),
    ("a", "A gradual 10-day transition is gentlest for senior cats:\n\n- Days 1-3: 25% k/d, 75% old food\n- Days 4-6: 50% / 50%\n- Days 7-9: 75% / 25%\n- Day 10: 100% k/d\n\nRenal diets are less palatable, so going slower reduces the chance she refuses it."),
    ("u", "echo", "over 7 days. she has to be fully on it by next sunday for the recheck"),
    ("a", "7-day version:\n\n- Days 1-2: 25% k/d, 75% old\n- Days 3-4: 50% / 50%\n- Days 5-6: 75% / 25%\n- Day 7: 100% k/d\n\nIf she refuses a step, hold at the previous ratio one more day - better a day late than her skipping meals, which is risky for older cats. Is she on wet or dry food? I can turn the percentages into grams."),
    ("u", "clarify_answer", "wet. 2 meals, 85g each"),
    ("a", "Per meal (85 g):\n\n- Days 1-2: 21 g k/d + 64 g old\n- Days 3-4: 43 g + 42 g\n- Days 5-6: 64 g + 21 g\n- Day 7: 85 g k/d\n\nWarming the k/d a few seconds in the microwave (stir, check it's not hot) helps with picky eaters."),
    ("u", "acceptance", "perfect, taping this to the fridge"),
]}

FILE1 = [C1, C2, C3]

C4 = {"time": "21:48:10", "title": "antagonist routine", "steps": [
    ("u", "plain", "antagonist + shoulder routine for after climbing. 15 min, bands only"),
    ("a", "Post-climb antagonist routine (bands):\n\n**Warm-up (5 min)**\n- Band pull-aparts 2x15\n- Arm circles 1 min\n\n**Main block (3 rounds, ~18 min)**\n- Push-ups 12\n- Band external rotations 12/side\n- Band face pulls 15\n- Band overhead press 10\n- Reverse wrist curls with band 15\n- Rest 90s\n\n**Scapular work (6 min)**\n- Band Ys, Ts, Ws 10 each x 2\n- Dead hang shrugs... (skip if tired)\n\n**Cool-down (5 min)**\n- Doorway pec stretch, sleeper stretch, forearm stretches"),
    ("u", "repeat_narrow", "15 min total. I do this after sessions when I'm cooked"),
    ("a", "15 minutes, 2 rounds, minimal rest:\n\n1. Band pull-aparts - 15\n2. Push-ups - 10\n3. External rotations - 12/side\n4. Face pulls - 15\n5. Reverse wrist curls - 15\n\nOne round is ~5 min; 2 rounds + 3 min stretching (doorway pec, forearms) = 13-15 min."),
    ("u", "acceptance", "good, that I'll actually do"),
]}

C5 = {"time": "11:05:33", "title": "capsule sizes", "steps": [
    ("u", "plain", "what are the steam capsule sizes again. artist needs them by friday"),
    ("a", "Steam store assets:\n\n- Header capsule: 460 x 215\n- Small capsule: 231 x 87\n- Main capsule: 616 x 353\n- Vertical capsule: 374 x 448\n- Page background: 1438 x 810\n- Library capsule: 600 x 900\n- Library hero: 3840 x 1240\n- Library logo: 1280 x 720 (transparent PNG)"),
    ("u", "explicit", "those are the old ones. steam doubled the store capsules in late 2024"),
    ("t", "web_search", {"query": "Steamworks store graphical assets capsule sizes 2024 update"}, "Steamworks Documentation - Store Graphical Assets: Header Capsule 920px x 430px. Small Capsule 462px x 174px. Main Capsule 1232px x 706px. Vertical Capsule 748px x 896px. Page Background 1438px x 810px. Library Capsule 600px x 900px. Library Hero 3840px x 1240px. Library Logo 1280px wide and/or 720px tall.", 0),
    ("a", "Current sizes from the Steamworks docs:\n\n**Store**\n- Header capsule: 920 x 430\n- Small capsule: 462 x 174\n- Main capsule: 1232 x 706\n- Vertical capsule: 748 x 896\n- Page background: 1438 x 810\n\n**Library**\n- Library capsule: 600 x 900\n- Library hero: 3840 x 1240\n- Library logo: 1280 wide and/or 720 tall, transparent PNG\n\nWant me to write a small ImageMagick script that exports all of these from one layered master?"),
    ("u", "decline_offer", "no, the artist does her own exports. just send her that list"),
    ("a", "Here it is as plain text for the email:\n\nHeader capsule 920x430, Small capsule 462x174, Main capsule 1232x706, Vertical capsule 748x896, Page background 1438x810, Library capsule 600x900, Library hero 3840x1240, Library logo 1280w and/or 720h (transparent PNG)."),
    ("u", "acceptance", "sent"),
]}

C6 = {"time": "15:20:59", "title": "lantern pickup hud", "steps": [
    ("u", "plain", "when Pip picks up a lantern the HUD counter should go up. lantern is an Area2D in the level scene, HUD is a CanvasLayer in main"),
    ("a", "In `lantern.gd`:\n\n```gdscript\nextends Area2D\n\nfunc _on_body_entered(body: Node2D) -> void:\n    if body.name == \"Pip\":\n        var hud = get_node(\"../../../HUD\")\n        hud.lanterns += 1\n        hud.update_label()\n        queue_free()\n```\n\nAdjust the `../` count to match how deep the lanterns sit in your level scene."),
    ("u", "reject_approach", "no hardcoded node paths, levels get swapped in and out. use a signal bus autoload"),
    ("a", "Autoload `Events.gd`:\n\n```gdscript\nextends Node\nsignal lantern_collected(value: int)\n```\n\n`lantern.gd`:\n\n```gdscript\nextends Area2D\n@export var value := 1\n\nfunc _on_body_entered(body: Node2D) -> void:\n    if body is Pip:\n        Events.lantern_collected.emit(value)\n        queue_free()\n```\n\n`hud.gd`:\n\n```gdscript\nextends CanvasLayer\nvar lanterns := 0\n@onready var label: Label = %LanternLabel\n\nfunc _ready() -> void:\n    Events.lantern_collected.connect(_on_lantern_collected)\n\nfunc _on_lantern_collected(value: int) -> void:\n    lanterns += value\n    label.text = str(lanterns)\n```\n\n`body is Pip` needs `class_name Pip` on Pip's script."),
    ("u", "followup", "works. the hud already has a 'Pickup' AudioStreamPlayer, play that too, with slight random pitch"),
    ("a", "In `_on_lantern_collected`:\n\n```gdscript\n    %Pickup.pitch_scale = randf_range(0.92, 1.08)\n    %Pickup.play()\n```\n\nMark `Pickup` as a unique name too. +-8% is subtle enough that a chain of pickups doesn't sound like a slot machine."),
    ("u", "acceptance", "lol ok. good"),
]}

C7 = {"time": "19:42:16", "title": "npc palette swap", "steps": [
    ("u", "plain", "palette swap shader for the npc fish. 4 source colors -> 4 target colors, set per npc in the inspector"),
    ("a", "Use a 4x1 lookup texture per NPC:\n\n```glsl\nshader_type canvas_item;\nuniform sampler2D palette_from : filter_nearest;\nuniform sampler2D palette_to : filter_nearest;\n\nvoid fragment() {\n    vec4 c = texture(TEXTURE, UV);\n    for (int i = 0; i < 4; i++) {\n        vec2 p = vec2((float(i) + 0.5) / 4.0, 0.5);\n        if (distance(c.rgb, texture(palette_from, p).rgb) < 0.01) {\n            c.rgb = texture(palette_to, p).rgb;\n        }\n    }\n    COLOR = c;\n}\n```\n\nMake a 4x1 PNG per variant in Aseprite and assign it to `palette_to`."),
    ("u", "instead", "4 colors is nothing, I want plain color uniforms I can pick in the inspector. not PNGs per npc"),
    ("a", "```glsl\nshader_type canvas_item;\n\nuniform vec4 from0 : source_color;\nuniform vec4 from1 : source_color;\nuniform vec4 from2 : source_color;\nuniform vec4 from3 : source_color;\nuniform vec4 to0 : source_color;\nuniform vec4 to1 : source_color;\nuniform vec4 to2 : source_color;\nuniform vec4 to3 : source_color;\n\nvoid fragment() {\n    vec4 c = texture(TEXTURE, UV);\n    if (c.rgb == from0.rgb) c.rgb = to0.rgb;\n    else if (c.rgb == from1.rgb) c.rgb = to1.rgb;\n    else if (c.rgb == from2.rgb) c.rgb = to2.rgb;\n    else if (c.rgb == from3.rgb) c.rgb = to3.rgb;\n    COLOR = c;\n}\n```\n\nSet the material to 'Local to Scene' so each NPC instance keeps its own colors."),
    ("u", "partial", "inspector uniforms are what I wanted. but nothing swaps - exact == on floats never matches after import. needs a tolerance"),
    ("a", "Yes, the sRGB conversion and compression shift the values slightly. Compare with a distance instead:\n\n```glsl\nuniform float tolerance : hint_range(0.0, 0.1) = 0.02;\n\nvec3 swap(vec3 c, vec3 f, vec3 t) {\n    return distance(c, f) < tolerance ? t : c;\n}\n\nvoid fragment() {\n    vec4 c = texture(TEXTURE, UV);\n    vec3 r = swap(c.rgb, from0.rgb, to0.rgb);\n    r = swap(r, from1.rgb, to1.rgb);\n    r = swap(r, from2.rgb, to2.rgb);\n    r = swap(r, from3.rgb, to3.rgb);\n    COLOR = vec4(r, c.a);\n}\n```\n\nAlso set the sprite textures' import to Lossless if they aren't already - VRAM compression smears pixel-art colors."),
    ("u", "acceptance", "0.02 works, all 6 variants swap. nice"),
]}

FILE2 = [C4, C5, C6, C7]

C8 = {"time": "08:55:40", "title": "cra installments", "steps": [
    ("u", "plain", "CRA sent an installment reminder, 1,240/quarter. first time I get one"),
    ("a", "That means your net tax owing was over $3,000 in the current year and one of the two previous years, so CRA expects quarterly prepayments. The amount on the reminder is their 'no-calculation option' - if you pay exactly those amounts on time, you won't be charged installment interest even if your actual tax ends up different.\n\nDo you want me to check whether you could pay less, based on your expected 2026 income (the 'current-year option')?"),
    ("u", "decline_offer", "no, income is too unpredictable this year with the launch. just give me the due dates"),
    ("a", "Quarterly installment due dates:\n\n- March 15\n- June 15\n- September 15\n- December 15\n\nIf a date falls on a weekend, payment is on time if received the next business day."),
    ("u", "new_task", "what interest rate do they charge if I'm late on one right now"),
    ("t", "web_search", {"query": "CRA prescribed interest rate overdue taxes Q3 2026"}, "Canada.ca - Prescribed interest rates for the third calendar quarter (July 1 to September 30, 2026): The interest rate charged on overdue taxes, Canada Pension Plan contributions, and Employment Insurance premiums is 7%, compounded daily.", 0),
    ("a", "For July-September 2026 it's **7% a year, compounded daily**, on late or short installments. It's only charged if the total installment interest for the year is over $25, and paying the next one early can offset it (CRA's 'contra interest')."),
    ("u", "acceptance", "ok good to know. I'll just set up the autopay"),
]}

C9 = {"time": "14:16:03", "title": "review reply", "steps": [
    ("u", "plain", "reply to this demo review, short and not groveling: 'Cute art but the mirror puzzle in level 6 softlocked me twice, had to restart the demo. Thumbs down until fixed.'"),
    ("a", "Hi there, and thank you so much for taking the time to play the Kelp & Lantern demo and for writing such a detailed review! We're truly sorry that the mirror puzzle in level 6 softlocked you - that is absolutely not the experience we want anyone to have, and we completely understand your frustration at having to restart. As a tiny one-person studio, feedback like yours means the world to us. We've already started investigating the issue and a fix is coming soon. We really hope you'll give the demo another chance once it's patched, and thank you again for your patience and support! 💙"),
    ("u", "echo", "short and not groveling. this is a whole apology letter"),
    ("a", "Thanks for playing and for the clear report. The level 6 mirror softlock is a real bug - I can reproduce it and a fix is coming soon. Glad you liked the art."),
    ("u", "partial", "way better. but don't say 'coming soon', I don't have a date. say it's fixed in the next demo update"),
    ("a", "Thanks for playing and for the clear report. The level 6 mirror softlock is a real bug and it's fixed in the next demo update. Glad you liked the art."),
    ("u", "acceptance", "👌 posted"),
]}

C10 = {"time": "16:44:27", "title": "mac notarization", "steps": [
    ("u", "plain", "need to notarize the mac build for steam. steps? I have the apple dev account and the developer ID cert"),
    ("a", "1. Export from Godot with code signing enabled (Developer ID Application cert, hardened runtime on).\n2. Zip the app: `ditto -c -k --keepParent \"Kelp & Lantern.app\" kelp.zip`\n3. Submit:\n```sh\nxcrun altool --notarize-app --primary-bundle-id com.yourstudio.kelp -u you@example.com -p @keychain:AC_PASSWORD --file kelp.zip\n```\n4. Poll with `xcrun altool --notarization-info <RequestUUID>` until it says success.\n5. Staple: `xcrun stapler staple \"Kelp & Lantern.app\"`"),
    ("u", "explicit", "altool notarization was shut off in nov 2023. it's notarytool now"),
    ("a", "Correct, updated steps with notarytool:\n\n1. Export from Godot with code signing on (Developer ID Application, hardened runtime).\n2. One-time: store credentials in the keychain\n```sh\nxcrun notarytool store-credentials kelp-notary --apple-id you@example.com --team-id ABCDE12345 --password <app-specific-password>\n```\n3. Zip and submit, waiting for the result:\n```sh\nditto -c -k --keepParent \"Kelp & Lantern.app\" kelp.zip\nxcrun notarytool submit kelp.zip --keychain-profile kelp-notary --wait\n```\n4. If it fails: `xcrun notarytool log <submission-id> --keychain-profile kelp-notary`\n5. Staple the app (not the zip): `xcrun stapler staple \"Kelp & Lantern.app\"`\n6. Zip again for the Steam depot.\n\nGodot 4.3 can also do the notarization step itself from the export dialog (Notarization -> notarytool), using the same Apple ID + app-specific password."),
    ("u", "new_task", "where does godot want the entitlements? the game needs no network, no mic"),
    ("a", "In the macOS export preset, **Codesign -> Entitlements**. With no network and no mic you can leave almost everything off. The ones Godot needs with hardened runtime:\n\n- `Allow JIT Code Execution`: off (GDScript doesn't JIT)\n- `Disable Library Validation`: only if you ship GDExtension libraries not signed with your cert\n\nSteam overlay injection works without extra entitlements for notarized apps in my experience, but test the overlay once on the signed build."),
    ("u", "acceptance", "no gdextensions so all off. ok thanks"),
]}

C11 = {"time": "22:30:51", "title": "first v6", "steps": [
    ("u", "plain", "sent my first V6 today!! the crimpy one on the hive mezzanine wall"),
    ("a", "Congrats! That's a big one, especially a crimpy problem this soon after the finger. Want me to log it in memory with the date?"),
    ("u", "acceptance", "yes log it"),
    ("t", "memory", {"action": "add", "target": "user", "content": "Climbing: first V6 sent at The Hive (mezzanine wall, crimpy problem). First hard crimp after the left ring finger A2 tweak."}, "saved", 0),
    ("a", "Logged."),
    ("u", "plain", "finger felt totally fine btw. the submax block stuff paid off I think"),
    ("a", "That's the best sign - crimping hard with no pain the next morning. Keep the block sessions in the rotation at maintenance volume; they're cheap insurance."),
    ("u", "acceptance", "will do 🙏"),
]}

FILE3 = [C8, C9, C10, C11]

FORMAT_C = {"2026-06-07": FILE1, "2026-06-14": FILE2, "2026-06-21": FILE3}
