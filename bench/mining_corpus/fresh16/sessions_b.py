"""Format B sessions (session_meta line + one message per line) for the fresh16 corpus, by blind author Q."""

B1 = {"date": "2026-06-04", "time": "15:12:10", "title": "save system", "platform": "cli", "steps": [
    ("u", "plain", "need save/load for level progress + settings. autoload singleton, godot 4.3"),
    ("a", "Autoload `SaveGame.gd`:\n\n```gdscript\nextends Node\n\nconst PATH := \"user://save.dat\"\nvar data := {\"levels\": {}, \"settings\": {\"music\": 0.8, \"sfx\": 1.0}}\n\nfunc save() -> void:\n    var f := FileAccess.open(PATH, FileAccess.WRITE)\n    f.store_var(data)\n\nfunc load_save() -> void:\n    if not FileAccess.file_exists(PATH):\n        return\n    var f := FileAccess.open(PATH, FileAccess.READ)\n    data = f.get_var()\n```\n\n`store_var` serializes the dictionary in Godot's binary format, compact and fast."),
    ("u", "reject_approach", "not binary. I want to open the save in a text editor when testers send bug reports"),
    ("a", "Then ConfigFile - plain INI-style text, sections map nicely to progress vs settings:\n\n```gdscript\nextends Node\n\nconst PATH := \"user://save.cfg\"\nvar cfg := ConfigFile.new()\n\nfunc load_save() -> void:\n    if cfg.load(PATH) != OK:\n        cfg = ConfigFile.new()\n\nfunc save() -> void:\n    cfg.save(PATH)\n\nfunc set_level_done(id: String, lanterns: int) -> void:\n    cfg.set_value(\"levels\", id, lanterns)\n    save()\n\nfunc get_level(id: String) -> int:\n    return cfg.get_value(\"levels\", id, -1)\n\nfunc set_setting(key: String, value) -> void:\n    cfg.set_value(\"settings\", key, value)\n    save()\n\nfunc get_setting(key: String, default_value):\n    return cfg.get_value(\"settings\", key, default_value)\n```\n\nTesters can find it under `%APPDATA%/Godot/app_userdata/Kelp & Lantern/` (or `~/Library/Application Support/...` on Mac) unless you set a custom user dir."),
    ("u", "followup", "good. add a version key so I can migrate old saves after launch"),
    ("a", "```gdscript\nconst SAVE_VERSION := 1\n\nfunc load_save() -> void:\n    if cfg.load(PATH) != OK:\n        cfg = ConfigFile.new()\n        cfg.set_value(\"meta\", \"version\", SAVE_VERSION)\n        return\n    var v: int = cfg.get_value(\"meta\", \"version\", 0)\n    while v < SAVE_VERSION:\n        _migrate(v)\n        v += 1\n    cfg.set_value(\"meta\", \"version\", SAVE_VERSION)\n\nfunc _migrate(from_version: int) -> void:\n    match from_version:\n        0:\n            pass  # pre-versioning saves: nothing to change yet\n```\n\nEach future change gets a `match` branch that upgrades one step, so a v1 save can walk up to v4."),
    ("u", "acceptance", "nice, clean. thanks"),
]}

B2 = {"date": "2026-06-06", "time": "06:45:33", "title": "squamish saturday", "platform": "telegram", "steps": [
    ("u", "plain", "going to squamish saturday for bouldering. forecast for the chief area?"),
    ("t", "web_search", {"query": "Whistler weather forecast Saturday June 6 2026"}, "Whistler, BC - Saturday: Mix of sun and cloud, high 17C, low 6C. POP 20%. Wind S 10 km/h.\nWhistler Blackcomb alpine: high 8C, cloudy periods.\nSunday: Showers, high 14C, POP 70%.", 0),
    ("a", "Saturday looks decent: mix of sun and cloud, high 17C, low 6C, 20% chance of precipitation, light south wind. Sunday turns to showers (70%), so Saturday is the better day."),
    ("u", "explicit", "that's the whistler forecast. squamish is 45 min south and usually way warmer"),
    ("t", "web_search", {"query": "Squamish BC weather forecast Saturday June 6 2026"}, "Squamish, BC - Saturday: Sunny, high 24C, low 11C. POP 10%. Wind S 15 km/h in the afternoon (inflow).\nSunday: Cloudy, showers in the afternoon, high 19C, POP 60%.", 0),
    ("a", "Squamish Saturday: sunny, high 24C, low 11C, 10% POP, south inflow wind ~15 km/h in the afternoon. Sunday clouds over with afternoon showers (60%).\n\n24C in the sun is warm for friction - the forest boulders below the Chief stay shaded, so mornings there and the open stuff late afternoon when the wind picks up."),
    ("u", "new_task", "good call. which problems in the grand wall boulders are V3-V5 and shaded in the morning?"),
    ("a", "From the Squamish bouldering guide, Grand Wall area, all in the trees:\n\n- **Easy Skankin'** V3 - roof jug haul\n- **Black Eye** V3/4 - slopey arete\n- **The Egg** V4 - compression on a rounded boulder\n- **Timeless** V5 - crimpy face, a local classic\n- **Resonated** V5 - sit start traverse\n\nGrades and names are from memory of the guidebook, so double-check on the app before you commit to a session plan. Want me to save these as a tick list in memory?"),
    ("u", "decline_offer", "nah I'll just screenshot it"),
]}

B3 = {"date": "2026-06-08", "time": "19:30:47", "title": "trailer editor quotes", "platform": "cli", "steps": [
    ("u", "plain", "two quotes for the announcement trailer edit. Mika: 1,800 for 60s, 2 revision rounds. Studio Narwhal: 1,500 for 60s, 1 round, extra rounds 250 each. which is cheaper realistically"),
    ("a", "Is Mika's 1,800 including GST? If one quote is tax-inclusive and the other isn't, the comparison shifts by 5%."),
    ("u", "clarify_answer", "Mika's includes GST. narwhal is +GST"),
    ("a", "Good to know. There are a few angles worth weighing here beyond the sticker price.\n\n**Mika** is a solo editor, which usually means more direct communication and one consistent creative voice, but also less capacity if your timeline slips. Two included rounds is generous and fits how trailers usually go - the first cut almost always needs structural changes, and the second round is for polish.\n\n**Studio Narwhal** brings a team, so they can probably turn it around faster and may have a stronger motion-graphics person for the logo sting. On the other hand, one included round is tight, and studios often count small tweaks as a full round.\n\nRealistically most trailers take two rounds, so Narwhal ends up more expensive once you add the extra round and tax, while Mika is cheaper and less risky on scope."),
    ("u", "repeat_narrow", "just the numbers side by side. 1 round, 2 rounds, 3 rounds"),
    ("a", "All CAD, tax included:\n\n| Rounds | Mika | Narwhal |\n|---|---|---|\n| 1 | 1,800 | 1,575 |\n| 2 | 1,800 | 1,837.50 |\n| 3 | 1,800 + ? | 2,100 |\n\nNarwhal = (1,500 + 250 per extra round) x 1.05. Mika's quote doesn't say what a third round costs - worth asking."),
    ("u", "acceptance", "ok mika it is, asking about round 3 anyway"),
]}

B4 = {"date": "2026-06-10", "time": "23:02:15", "title": "about this game", "platform": "cli", "steps": [
    ("u", "plain", "steam 'about this game' section. intro paragraph + 4 feature bullets. features: light-bending puzzles, 40 levels, hand-painted art, original soundtrack by Ren Okabe"),
    ("a", "🌊 **Dive into the deep!** 🌊\n\nThe sunken town of Lumen has gone dark, and only one tiny lanternfish can bring the light back. As Pip, the bravest courier in the sea, you'll swim through kelp forests and shipwrecks on a journey you'll never forget!\n\n✨ **Features** ✨\n- 💡 **Light-bending puzzles** - reflect, split and bend light to open the way\n- 🐚 **40 handcrafted levels** across 5 underwater biomes\n- 🎨 **Gorgeous hand-painted art**\n- 🎵 **Original soundtrack** by Ren Okabe"),
    ("u", "instead", "I want it plain, no emojis, and the bullets in steam bbcode [list][*] since the about section doesn't take markdown"),
    ("a", "The sunken town of Lumen has gone dark. As Pip, a tiny lanternfish courier, carry light through kelp forests, shipwrecks and coral caves, and bring the town back one lantern at a time.\n\n[h2]Features[/h2]\n[list]\n[*][b]Light-bending puzzles[/b] - reflect, split and redirect beams to open the way\n[*][b]40 handcrafted levels[/b] across five underwater biomes\n[*][b]Hand-painted art[/b], every background painted by hand\n[*][b]Original soundtrack[/b] by Ren Okabe\n[/list]"),
    ("u", "followup", "good. add a line about steam deck, verification is pending so don't say verified"),
    ("a", "Add this after the list:\n\n[b]Steam Deck:[/b] designed and tested on Steam Deck with full controller support and readable text at handheld size.\n\nThat stays true whatever the verification result is."),
    ("u", "acceptance", "👍 using it"),
]}

B5 = {"date": "2026-06-12", "time": "10:11:58", "title": "tilemaplayer migration", "platform": "cli", "steps": [
    ("u", "plain", "how do I migrate my TileMap scenes to the new TileMapLayer nodes in 4.3? 3 layers per level: bg, solid, deco"),
    ("a", "In a TileMap you manage layers in the inspector:\n\n1. Select the TileMap, open **Layers** in the inspector.\n2. Add layers with the + button and name them `bg`, `solid`, `deco`.\n3. Set **Z Index** per layer (bg -1, solid 0, deco 1).\n4. In the TileMap bottom panel, pick the layer from the dropdown before painting.\n5. Set collision only on the `solid` layer's tiles via the TileSet physics layer.\n\nFrom code you address layers by index: `set_cell(1, coords, source_id, atlas_coords)`."),
    ("u", "echo", "\"migrate to the new TileMapLayer nodes\". that's the old TileMap layer panel, which is deprecated in 4.3"),
    ("a", "Sorry - TileMapLayer is a separate node per layer. Migration in 4.3:\n\n1. Select the old TileMap node.\n2. At the bottom **TileMap** panel, open the toolbox menu (the icon next to the layer picker) and click **Extract TileMap layers as individual TileMapLayer nodes**.\n3. Godot creates `bg`, `solid`, `deco` as TileMapLayer children with the same TileSet and cells.\n4. Move them out, delete the old TileMap node.\n5. Z index and collision carry over; double-check `Collision Enabled` is on only for `solid`.\n\nSave each level scene and commit before doing the next one - the extract is not undoable once you delete the parent."),
    ("u", "followup", "extract worked on level 1. my scripts call set_cell(1, ...) with layer indices everywhere though. best way to update those?"),
    ("t", "terminal", {"command": "cd ~/dev/kelp && grep -rn \"set_cell(\\|get_cell_source_id(\\|get_used_cells(\" --include=*.gd . | head -20"}, "./levels/level_base.gd:22:    $TileMap.set_cell(1, pos, 0, Vector2i(3, 1))\n./levels/level_base.gd:31:    var id = $TileMap.get_cell_source_id(1, pos)\n./puzzles/mirror_block.gd:14:    tilemap.set_cell(2, cell, 0, Vector2i(7, 0))\n./puzzles/mirror_block.gd:40:    for c in tilemap.get_used_cells(1):", 0),
    ("a", "Only 4 call sites, so by hand is safer than a regex:\n\n- `levels/level_base.gd:22` -> `$solid.set_cell(pos, 0, Vector2i(3, 1))`\n- `levels/level_base.gd:31` -> `$solid.get_cell_source_id(pos)`\n- `puzzles/mirror_block.gd:14` -> `deco.set_cell(cell, 0, Vector2i(7, 0))` (layer 2 was deco)\n- `puzzles/mirror_block.gd:40` -> `for c in solid.get_used_cells():`\n\nTileMapLayer methods are the same minus the first `layer` argument. In `mirror_block.gd` you'll need `@export var solid: TileMapLayer` and `@export var deco: TileMapLayer` in place of the `tilemap` reference."),
    ("u", "acceptance", "done, level 1 runs. doing the rest tomorrow"),
]}

B6 = {"date": "2026-06-15", "time": "17:44:21", "title": "pet insurance claim", "platform": "telegram", "steps": [
    ("u", "plain", "how much should petsecure pay back? 80% coverage, $100 annual deductible. invoices this year: 412.50 (bloodwork), 186 (urinalysis), 95 (recheck exam)"),
    ("a", "Per invoice, after the $100 deductible, at 80%:\n\n- Bloodwork: (412.50 - 100) x 0.8 = 250.00\n- Urinalysis: (186 - 100) x 0.8 = 68.80\n- Recheck: (95 - 100) -> 0\n\n**Total back: 318.80**"),
    ("u", "instead", "the 100 comes off once for the year. take it off the total, then 80%"),
    ("a", "Total invoices: 412.50 + 186 + 95 = 693.50\nMinus annual deductible: 593.50\nAt 80%: **474.80** back.\n\n(Assuming none of the deductible was already used earlier this year.)"),
    ("u", "acceptance", "yeah nothing else this year. 474.80 matches what I guessed"),
    ("a", "Good, then 474.80 is the number to expect on the claim."),
    ("u", "new_task", "save a note that the claim has to be in within 90 days of the june 8 visit"),
    ("t", "memory", {"action": "add", "target": "user", "content": "Petsecure claim for Mochi's June 8 2026 vet visit (bloodwork, urinalysis, recheck; expected payout 474.80) must be submitted within 90 days, i.e. by Sept 6 2026."}, "saved", 0),
    ("a", "Saved - the deadline works out to September 6. I can't send reminders on my own, so I'll mention it when it comes up in a later session."),
]}

B7 = {"date": "2026-06-17", "time": "12:09:40", "title": "sprite outline shader", "platform": "cli", "steps": [
    ("u", "plain", "1px outline shader for the pixel art sprites. color param, based on alpha"),
    ("a", "```glsl\nshader_type canvas_item;\n\nuniform vec4 outline_color : source_color = vec4(0.05, 0.1, 0.2, 1.0);\n\nvoid fragment() {\n    vec4 c = texture(TEXTURE, UV);\n    vec2 px = TEXTURE_PIXEL_SIZE;\n    float a = texture(TEXTURE, UV + vec2(px.x, 0.0)).a;\n    a = max(a, texture(TEXTURE, UV - vec2(px.x, 0.0)).a);\n    a = max(a, texture(TEXTURE, UV + vec2(0.0, px.y)).a);\n    a = max(a, texture(TEXTURE, UV - vec2(0.0, px.y)).a);\n    COLOR = mix(vec4(outline_color.rgb, a * outline_color.a), c, c.a);\n}\n```\n\nFour-neighbour sampling gives the crisp 1px pixel-art look; add the diagonals if you want rounder corners."),
    ("u", "followup", "works on pip and the npcs. the kelp props are exported with no padding though, so the outline gets cut at the texture edge. what do I do for those"),
    ("a", "You can grow the quad in the vertex shader so there's room for the outline:\n\n```glsl\nvoid vertex() {\n    VERTEX += sign(VERTEX - vec2(0.5) / TEXTURE_PIXEL_SIZE) * 1.0;\n    UV += sign(UV - vec2(0.5)) * TEXTURE_PIXEL_SIZE;\n}\n```\n\nand treat samples outside 0-1 UV as transparent in `fragment()`."),
    ("u", "reject_approach", "not messing with vertex, the props come from an atlas and that'll pull in the neighbours. I'll re-export them with padding in aseprite. what's the cli flag"),
    ("a", "For a sheet export, `--inner-padding` adds transparent pixels around every frame, inside its cell:\n\n```sh\naseprite -b kelp_props.aseprite --sheet kelp_props.png --data kelp_props.json --inner-padding 1\n```\n\n`--shape-padding` puts space *between* frames and `--border-padding` around the whole sheet - neither helps the outline. If your AtlasTexture regions are set up by hand, they'll need to grow by 2px per frame."),
    ("u", "acceptance", "inner padding, ok. that did it"),
]}

B8 = {"date": "2026-06-19", "time": "08:20:05", "title": "hive membership", "platform": "telegram", "steps": [
    ("u", "plain", "hive: annual is 949 + tax, monthly is 89 + tax. worth switching to annual?"),
    ("a", "Depends how many months you'd actually climb. Are there months you usually pause (travel, injury)?"),
    ("u", "clarify_answer", "climbing all year, but I'm in japan ~3 weeks every december visiting my parents"),
    ("a", "Monthly for 12 months: 89 x 12 = 1,068. Even if you froze December (Hive allows a freeze for a fee on monthly plans, check the current fee), 11 months = 979.\n\nAnnual at 949 is cheaper in both cases, by 119 or ~30. Plus tax on both sides, so the gap stays proportional. Annual wins unless another injury stops you for 2+ months."),
    ("u", "new_task", "ok. and the 10-punch card price, for when friends visit?"),
    ("t", "web_search", {"query": "The Hive Vancouver 10 punch pass price"}, "The Hive Climbing - Rates: Day pass $24. 10 Punch Pass $210 (shareable, no expiry). Rental package $12.", 0),
    ("a", "10-punch pass is **$210** (so $21 a visit vs $24 drop-in), shareable and no expiry according to their rates page. Rental package is $12 extra for friends without shoes."),
    ("u", "acceptance", "shareable is great. ok"),
]}

B9 = {"date": "2026-06-22", "time": "13:55:19", "title": "next fest demo build", "platform": "cli", "steps": [
    ("u", "plain", "checklist for the next fest demo build"),
    ("a", "Next Fest demo checklist:\n\n**Store**\n- Demo store page with its own capsule art\n- Trailer uploaded, 30-60s\n- Screenshots updated\n- 'Coming soon' date visible\n\n**Build**\n- Limit content to the first 2 biomes\n- Wishlist button on the end screen\n- Export for Windows and Linux (Deck)\n\n**Marketing**\n- Livestream slot booked\n- Press email 1 week before\n- Discord announcement\n- Tweet thread"),
    ("u", "repeat_narrow", "for the build itself. export settings, what to strip from the demo"),
    ("a", "Build-focused:\n\n**Export**\n- Separate export preset `demo` for Windows + Linux\n- Custom feature tag `demo` so code can branch on `OS.has_feature(\"demo\")`\n\n**Content**\n- Lock biomes 3-5 behind the feature tag\n\n**Store side**\n- Demo page needs its own capsules\n- Trailer for the demo page\n- Make sure the wishlist button is on the demo page"),
    ("u", "explicit", "you're still putting store page stuff in. export preset + stripping, that's all"),
    ("a", "Only the build:\n\n**Export preset `demo`**\n- Duplicate the release preset, rename to `demo`\n- Features: add custom tag `demo`\n- Resources tab: export mode **Export selected scenes (and dependencies)**, select `main_menu.tscn`, `levels/biome1/*`, `levels/biome2/*`, `demo_end.tscn`\n- Filters to exclude: `levels/biome3/*, levels/biome4/*, levels/biome5/*, music/biome3-5/*`\n- Encrypt PCK off (no point for a demo; saves a step)\n\n**Code**\n- `if OS.has_feature(\"demo\")`: level select caps at biome 2, end of biome 2 loads `demo_end.tscn`\n- Save file path: `user://demo_save.cfg` so demo saves don't collide with the full game\n\n**Verify**\n- Open the exported .pck size - should drop by roughly the music + biome 3-5 art\n- Run the exported build on the Deck once, not just from the editor"),
    ("u", "acceptance", "separate save path is a good catch. ok"),
]}

B10 = {"date": "2026-06-24", "time": "21:37:50", "title": "deck stutter", "platform": "cli", "steps": [
    ("u", "plain", "game stutters every couple seconds on the deck in biome 2, fine on my mac. profiler log is ~/dev/kelp/logs/deck_frames.csv"),
    ("t", "terminal", {"command": "cd ~/dev/kelp/logs && awk -F, 'NR==1 || $2>25' deck_frames.csv | head -12"}, "frame,ms,event\n412,61.3,particles_emit:bubble_burst\n688,48.9,particles_emit:lantern_spark\n1104,57.2,particles_emit:bubble_burst_big\n1390,44.0,particles_emit:kelp_spores\n1851,52.6,particles_emit:lantern_spark_blue", 0),
    ("a", "Those spikes at regular intervals look like garbage collection pauses. GDScript allocates a lot of temporary objects in `_process`, and when the collector runs you get a 40-60 ms hitch. Try pooling objects, avoid creating Arrays/Dictionaries every frame, and prefer PackedArrays."),
    ("u", "explicit", "gdscript doesn't have a GC, it's refcounted. and every spike in that log is a particle emit"),
    ("a", "Right, my mistake. The log points at something else: every spike is the *first* emit of a different particle system (bubble_burst, lantern_spark, kelp_spores...). That's shader/pipeline compilation - the Deck's driver compiles each new material the first time it draws, and your Mac already has them cached.\n\nFix for 4.3:\n- At level load, instance every particle scene in the biome offscreen (or behind the loading screen), set `emitting = true` for one frame, then free them. That forces compilation before gameplay.\n- Keep the number of distinct particle materials down - the two lantern sparks could share one material with a color parameter.\n\n(4.4 adds ubershaders that mostly remove this, but that's not worth an engine upgrade right before Next Fest.)"),
    ("u", "acceptance", "yeah warmup at load makes sense. trying tonight"),
]}


B11 = {"date": "2026-06-27", "time": "10:40:03", "title": "lantern radius tool script", "platform": "cli", "steps": [
    ("u", "plain", "want the lantern's light radius to preview in the editor when I change the export var. PointLight2D child + a collision circle for the light puzzle logic"),
    ("a", "Make the lantern script a `@tool` and sync every frame:\n\n```gdscript\n@tool\nextends Node2D\n\n@export var radius := 96.0\n\nfunc _process(_delta: float) -> void:\n    $PointLight2D.texture_scale = radius / 64.0\n    $LightArea/CollisionShape2D.shape.radius = radius\n```\n\nThe editor runs `_process` for tool scripts, so changes show up immediately."),
    ("u", "reject_approach", "not every frame, there are 200 lanterns in some levels and this runs in the editor too. use a setter"),
    ("a", "Setter version - only runs when the value changes:\n\n```gdscript\n@tool\nextends Node2D\n\n@export var radius := 96.0:\n    set(value):\n        radius = value\n        if is_node_ready():\n            _apply_radius()\n\nfunc _ready() -> void:\n    _apply_radius()\n\nfunc _apply_radius() -> void:\n    $PointLight2D.texture_scale = radius / 64.0\n    $LightArea/CollisionShape2D.shape.radius = radius\n```\n\nOne catch: if the CircleShape2D is shared between instances, changing one lantern resizes them all. Tick **Local to Scene** on the shape resource."),
    ("u", "acceptance", "local to scene, yeah that would have gotten me. works"),
    ("a", "Classic one - shared sub-resources bite everyone once."),
    ("u", "followup", "can it also draw the radius as a thin circle in the editor only"),
    ("a", "Add `_draw()` and redraw from the setter:\n\n```gdscript\nfunc _apply_radius() -> void:\n    $PointLight2D.texture_scale = radius / 64.0\n    $LightArea/CollisionShape2D.shape.radius = radius\n    queue_redraw()\n\nfunc _draw() -> void:\n    if Engine.is_editor_hint():\n        draw_arc(Vector2.ZERO, radius, 0.0, TAU, 48, Color(1, 0.85, 0.4, 0.6), 1.0)\n```\n\n`Engine.is_editor_hint()` keeps it out of the running game."),
    ("u", "acceptance", "perfect"),
]}

B12 = {"date": "2026-06-29", "time": "19:12:44", "title": "mochi pills", "platform": "telegram", "steps": [
    ("u", "plain", "vet started Mochi on benazepril, half a tablet once a day. she spits pills out every time. options?"),
    ("a", "Is that half of a 5 mg tablet? Some options depend on the size of the piece."),
    ("u", "clarify_answer", "yes 5mg, half. tiny piece"),
    ("a", "A 2.5 mg piece is small, which helps:\n\n- **Crush it and mix into a spoonful of her wet food** - easiest option, most cats don't notice in a small amount\n- Hide it in a **Pill Pocket** treat\n- Mix the powder into a lickable treat (Churu)"),
    ("u", "instead", "I want options that don't go through her food. she's already suspicious of the k/d and I don't want her refusing meals"),
    ("a", "Good point - food aversion is a real risk with kidney cats. Options that keep food out of it:\n\n- **Pill popper (piller)**: tip her head back, place the piece at the back of the tongue, close the mouth, stroke the throat. Follow with 1-2 ml of water from a syringe so it doesn't sit in the esophagus.\n- **Compounded version**: ask the vet about a compounding pharmacy making benazepril as a flavoured liquid or chewable - dose by syringe.\n- **Towel burrito** if she fights: wrap her snugly with the head out."),
    ("u", "followup", "the piller, ok. she clamps her jaw though. how do I get it open"),
    ("a", "Hold the top of her head with your non-dominant hand, fingers on the cheekbones, and tilt the nose up toward the ceiling - the lower jaw usually drops a little on its own. Then press gently on the small front teeth with the piller tip or a finger to open it further, and drop the pill far back. Be quick and calm; rewarding with play or brushing (not food) afterwards helps."),
    ("u", "acceptance", "nose to the ceiling, got it. will try tomorrow morning"),
]}

FORMAT_B = [B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12]
