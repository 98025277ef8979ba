// The counsellors' console: the live queue (server-sent events), taking a waiting person,
// chatting (events in, POST out with the page's CSRF token), ending the chat. No storage: a
// conversation exists on this page only while it is open, and on the server only while live.
(function () {
  "use strict";
  const body = document.body;
  const csrf = body.dataset.csrf;
  const WORDS = JSON.parse(body.dataset.words || "{}");
  const queue = document.getElementById("queue");
  const empty = document.getElementById("empty");
  const chats = document.getElementById("chats");
  const open = new Map();   // ticket id → {card, log, source}

  function w(key) {
    const vi = (WORDS.vi || {})[key] || key;
    const en = (WORDS.en || {})[key];
    return en && en !== vi ? vi + " / " + en : vi;
  }

  function post(path, fields) {
    const form = new URLSearchParams({ csrf: csrf, ...fields });
    return fetch(path, {
      method: "POST", body: form, credentials: "same-origin", cache: "no-store",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    }).then((r) => r.json().then((data) => ({ ok: r.ok, status: r.status, data: data }))
      .catch(() => ({ ok: r.ok, status: r.status, data: {} })));
  }

  function describe(t) {
    const parts = [t.channel, t.language, t.waiting_minutes + " " + w("minutes")];
    const about = t.about || {};
    if (about.who) parts.push(about.who);
    if (about.kind) parts.push(about.kind);
    return parts.join(" · ");
  }

  function renderQueue(waiting) {
    queue.replaceChildren();
    empty.hidden = waiting.length > 0;
    for (const t of waiting) {
      const li = document.createElement("li");
      li.dataset.ticket = t.id;
      const place = document.createElement("strong");
      place.textContent = "#" + t.place;
      const info = document.createElement("span");
      info.className = "info";
      info.textContent = describe(t);
      li.append(place, info);
      if ((t.about || {}).urgent) {
        const u = document.createElement("span");
        u.className = "urgent";
        u.textContent = w("urgent");
        li.append(u);
      }
      const take = document.createElement("button");
      take.type = "button";
      take.className = "take";
      take.textContent = w("take");
      take.addEventListener("click", async () => {
        take.disabled = true;
        const result = await post("/officer/console/take", { ticket: t.id });
        if (result.ok) openChat(result.data.ticket);
        else { take.disabled = false; li.classList.add("gone"); info.textContent = w("taken"); }
      });
      li.append(take);
      queue.append(li);
    }
  }

  function line(chat, cls, text, flag) {
    const div = document.createElement("div");
    div.className = "m " + cls;
    if (flag) {
      const f = document.createElement("span");
      f.className = "flag";
      f.textContent = "⚠ " + w("danger");
      div.append(f);
    }
    div.append(document.createTextNode(text));
    chat.log.append(div);
    chat.log.scrollTop = chat.log.scrollHeight;
  }

  function openChat(t) {
    if (!t || open.has(t.id)) return;
    const card = document.createElement("section");
    card.className = "card chat";
    card.dataset.ticket = t.id;
    const head = document.createElement("h3");
    head.textContent = describe(t);
    const log = document.createElement("div");
    log.className = "log";
    log.setAttribute("aria-live", "polite");
    const form = document.createElement("form");
    const input = document.createElement("input");
    input.name = "text";
    input.maxLength = 2000;
    input.autocomplete = "off";
    input.placeholder = w("placeholder");
    const send = document.createElement("button");
    send.type = "submit";
    send.textContent = w("send");
    const end = document.createElement("button");
    end.type = "button";
    end.className = "end";
    end.textContent = w("end");
    form.append(input, send, end);
    card.append(head, log, form);
    chats.append(card);
    const chat = { card: card, log: log, source: null, form: form };
    open.set(t.id, chat);

    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      input.value = "";
      const result = await post("/officer/console/send", { ticket: t.id, text: text });
      if (!result.ok) line(chat, "note", w("ended"));
    });
    end.addEventListener("click", async () => {
      end.disabled = true;
      await post("/officer/console/end", { ticket: t.id });
    });

    const source = new EventSource("/officer/console/chat/" + encodeURIComponent(t.id) + "/stream");
    chat.source = source;
    source.addEventListener("msg", (e) => {
      let m = null;
      try { m = JSON.parse(e.data); } catch (err) { return; }
      if (m.t === "person") line(chat, m.danger ? "person danger" : "person", m.text || "", m.danger);
      else if (m.t === "counsellor") line(chat, "counsellor", m.text || "");
      else if (m.t === "joined") line(chat, "note", w("joined"));
      else if (m.t === "ended") {
        line(chat, "note", m.by === "counsellor" ? w("ended") : w("left"));
        source.close();
        form.querySelectorAll("input, button").forEach((el) => { el.disabled = true; });
        card.classList.add("ended");
      }
    });
  }

  const stream = new EventSource("/officer/console/stream");
  stream.addEventListener("queue", (e) => {
    let data = null;
    try { data = JSON.parse(e.data); } catch (err) { return; }
    renderQueue(data.waiting || []);
    for (const t of data.mine || []) openChat(t);
  });
})();
