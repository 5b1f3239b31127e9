// The chat page: asks POST /api/chat, shows the server's escaped answer HTML, and builds everything
// else (the user's own words included) with textContent, so no user text is ever read as HTML.
(function () {
  'use strict';
  var KEYS = { conversation: 'faqbot.conversation', transcript: 'faqbot.transcript', lang: 'faqbot.lang' };
  var MAX_KEPT = 60;
  var TYPING_DELAY_MS = 300;
  var texts = {};
  var lang = 'en';
  var busy = false;
  var $ = function (id) { return document.getElementById(id); };

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function load(key) {
    var s = storage();
    try { return s ? JSON.parse(s.getItem(key)) : null; } catch (e) { return null; }
  }
  function save(key, value) {
    var s = storage();
    try { if (s) { s.setItem(key, JSON.stringify(value)); } } catch (e) { /* storage full or blocked: the chat still works */ }
  }
  function t(key, arg) {
    var text = (texts[lang] && texts[lang][key]) || key;
    return arg === undefined ? text : text.split('{0}').join(String(arg));
  }
  function newId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return 'web-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  function conversationId() {
    var id = load(KEYS.conversation);
    if (typeof id !== 'string' || !/^web-[0-9a-f]{32}$/.test(id)) { id = newId(); save(KEYS.conversation, id); }
    return id;
  }
  function initialLang() {
    var asked = new URLSearchParams(location.search).get('lang');
    if (asked === 'nl' || asked === 'en') { return asked; }
    var kept = load(KEYS.lang);
    if (kept === 'nl' || kept === 'en') { return kept; }
    return (navigator.language || 'en').toLowerCase().indexOf('nl') === 0 ? 'nl' : 'en';
  }

  function applyTexts() {
    document.documentElement.lang = lang;
    document.title = t('title');
    $('lang').value = lang;
    Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (el) { el.textContent = t(el.getAttribute('data-text')); });
    $('q').placeholder = t('input.placeholder');
    var examples = $('examples');
    examples.textContent = '';
    // Fitted by the server to the loaded knowledge base: each a label and the payload pressing it sends.
    ((texts[lang] && texts[lang]['example.choices']) || []).forEach(function (c) {
      examples.appendChild(button(c.label, function () { ask(c.label, c.payload); }));
    });
  }

  function button(label, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  function transcript() {
    var kept = load(KEYS.transcript);
    return Array.isArray(kept) ? kept : [];
  }
  function remember(item) {
    var all = transcript();
    all.push(item);
    save(KEYS.transcript, all.slice(-MAX_KEPT));
  }
  function updateWelcome() {
    $('welcome').hidden = $('log').querySelectorAll('.msg').length > 0;
  }

  function showUser(text) {
    var el = document.createElement('div');
    el.className = 'msg user';
    var who = document.createElement('span');
    who.className = 'who';
    who.textContent = t('you') + ': ';
    el.appendChild(who);
    el.appendChild(document.createTextNode(text));
    $('log').appendChild(el);
  }

  function showBot(reply, live) {
    var el = document.createElement('article');
    el.className = 'msg bot';
    el.lang = reply.lang;
    var who = document.createElement('span');
    who.className = 'who';
    who.textContent = t('bot') + ': ';
    el.appendChild(who);
    var body = document.createElement('div');
    body.className = 'answer';
    body.innerHTML = reply.html; // rendered and escaped by the server (AnswerHtml); never the user's raw text
    el.appendChild(body);
    if (reply.source_url && /^https?:\/\//i.test(reply.source_url)) {
      var source = document.createElement('p');
      source.className = 'source';
      source.appendChild(document.createTextNode(t('source') + ' '));
      var a = document.createElement('a');
      a.href = reply.source_url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = new URL(reply.source_url).hostname;
      source.appendChild(a);
      el.appendChild(source);
    }
    if (reply.choices && reply.choices.length) {
      var choices = document.createElement('div');
      choices.className = 'choices';
      choices.setAttribute('role', 'group');
      choices.setAttribute('aria-label', t('choices.label'));
      reply.choices.forEach(function (c) {
        choices.appendChild(button(c.label, function () { ask(c.label, c.payload); }));
      });
      el.appendChild(choices);
    }
    if (reply.feedback) {
      el.appendChild(feedback(reply));
    }
    $('log').appendChild(el);
    if (live) { el.scrollIntoView({ block: 'nearest' }); }
  }

  function feedback(reply) {
    var box = document.createElement('div');
    box.className = 'feedback';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', t('feedback.label'));
    var up = button('👍', null), down = button('👎', null);
    up.className = 'up'; down.className = 'down';
    up.setAttribute('aria-label', t('feedback.up'));
    down.setAttribute('aria-label', t('feedback.down'));
    [[up, reply.feedback.up], [down, reply.feedback.down]].forEach(function (pair) {
      pair[0].setAttribute('aria-pressed', 'false');
      pair[0].addEventListener('click', function () {
        up.disabled = true; down.disabled = true;
        pair[0].setAttribute('aria-pressed', 'true');
        send(null, pair[1]);
      });
    });
    box.appendChild(up);
    box.appendChild(down);
    return box;
  }

  function showError(text) {
    var el = $('error');
    el.textContent = text || '';
    el.hidden = !text;
  }

  function ask(shown, payload) {
    send(shown, payload);
  }

  // Sends payload; shows `shown` as the user's message (null: feedback, shown only by its answer).
  function send(shown, payload) {
    if (busy || !payload || !payload.trim()) { return; }
    busy = true;
    showError('');
    if (shown !== null) { showUser(shown); remember({ role: 'user', text: shown }); updateWelcome(); }
    var typing = setTimeout(function () { $('typing').hidden = false; }, TYPING_DELAY_MS);
    $('send').disabled = true;
    fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: payload, conversation_id: conversationId(), lang: lang })
    }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body, response: response }; });
    }).then(function (r) {
      if (r.status === 200) {
        showBot(r.body, true);
        remember({ role: 'bot', reply: r.body });
      } else if (r.status === 429) {
        showError(t('error.rate', r.response.headers.get('Retry-After') || '60'));
      } else if (r.status === 400 && /characters long/.test(r.body.error || '')) {
        showError(t('error.length', $('chat').getAttribute('data-max-chars')));
      } else {
        showError(t('error.other'));
      }
    }).catch(function () {
      showError(t('error.network'));
    }).then(function () {
      clearTimeout(typing);
      $('typing').hidden = true;
      $('send').disabled = false;
      busy = false;
      updateWelcome();
    });
  }

  function restore() {
    transcript().forEach(function (item) {
      if (item.role === 'user' && typeof item.text === 'string') { showUser(item.text); }
      if (item.role === 'bot' && item.reply && typeof item.reply.html === 'string') { showBot(item.reply, false); }
    });
    var log = $('log');
    log.scrollTop = log.scrollHeight;
    updateWelcome();
  }

  function start() {
    if (new URLSearchParams(location.search).get('embed') === '1') { document.body.classList.add('embedded'); }
    var q = $('q');
    q.maxLength = parseInt($('chat').getAttribute('data-max-chars'), 10) || 1000;
    $('ask').addEventListener('submit', function (e) {
      e.preventDefault();
      var text = q.value;
      if (!text.trim()) { return; }
      q.value = '';
      send(text, text);
    });
    q.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); $('ask').requestSubmit(); }
    });
    $('lang').addEventListener('change', function () {
      lang = $('lang').value;
      save(KEYS.lang, lang);
      applyTexts();
    });
    $('clear').addEventListener('click', function () {
      save(KEYS.transcript, []);
      save(KEYS.conversation, newId());
      Array.prototype.forEach.call($('log').querySelectorAll('.msg'), function (m) { m.remove(); });
      showError('');
      updateWelcome();
      q.focus();
    });
    lang = initialLang();
    applyTexts();
    restore();
    document.body.setAttribute('data-ready', 'true');
  }

  fetch('/web/texts.json').then(function (r) { return r.json(); }).then(function (all) {
    texts = all;
    start();
  }).catch(function () {
    texts = {};
    start();
  });
}());
