"""Learn: curated tips by audience and topic, one short message at a time with "more"."""

from __future__ import annotations

from bot.core.messages import Button
from bot.core.turn import Turn

# What the free-text learning intents open directly.
INTENT_TOPICS = {
    "learn_gbv": "what_is_gbv",
    "learn_safety": "safety_planning",
    "learn_rights": "rights_and_reporting",
    "learn_equality": "gender_equality",
}


def begin(turn: Turn) -> None:
    content = turn.services.content
    turn.session.goto("learn", "audience")
    turn.say(turn.t("learn_audience_q"),
             tuple(Button(a.label.get(turn.lang) or a.id, f"l:a:{a.id}") for a in content.audiences)
             + (Button(turn.t("back_to_menu"), "menu"),))


def topics(turn: Turn, audience: str) -> None:
    content = turn.services.content
    if audience not in {a.id for a in content.audiences}:
        begin(turn)
        return
    turn.session.learn = {"audience": audience}
    turn.session.goto("learn", "topic")
    turn.say(turn.t("learn_topic_q"),
             tuple(Button(t.title.get(turn.lang) or t.id, f"l:t:{t.id}")
                   for t in content.topics_for(audience))
             + (Button(turn.t("back_to_menu"), "menu"),))


def show(turn: Turn, topic_id: str, part: int = 0) -> None:
    topic = turn.services.content.topics.get(topic_id)
    if topic is None:
        begin(turn)
        return
    parts = topic.parts[turn.lang]
    part = max(0, min(part, len(parts) - 1))
    turn.session.learn = {**turn.session.learn, "topic": topic_id, "part": part}
    turn.session.goto("learn", "reading")
    text = parts[part]
    if part == len(parts) - 1:
        text += f"\n\n{turn.t('learn_source')}: {topic.source}"
    buttons: list[Button] = []
    if part + 1 < len(parts):
        buttons.append(Button(turn.t("learn_more"), f"l:m:{topic_id}:{part + 1}"))
    audience = turn.session.learn.get("audience")
    buttons.append(Button(turn.t("learn_other_topics"), f"l:a:{audience}" if audience else "m:learn"))
    buttons.append(Button(turn.t("back_to_menu"), "menu"))
    title = topic.title.get(turn.lang, "")
    turn.say(f"{title}\n\n{text}" if part == 0 and title else text, tuple(buttons))


def on_payload(turn: Turn, action: str, arg: str) -> None:
    if action == "a":
        topics(turn, arg)
    elif action == "t":
        show(turn, arg)
    elif action == "m":
        topic_id, _, part = arg.partition(":")
        show(turn, topic_id, int(part) if part.isdigit() else 0)
    else:
        begin(turn)


def more(turn: Turn) -> bool:
    """"more"/"tiếp" typed while reading: the next part; False when not reading."""
    learn = turn.session.learn
    if turn.session.step != "reading" or "topic" not in learn:
        return False
    show(turn, learn["topic"], int(learn.get("part", 0)) + 1)
    return True
