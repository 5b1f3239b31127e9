// faqbot's embed snippet: <script src="https://<faqbot>/embed.js" async></script> puts a chat button
// on the page; it opens the chat page (/chat?embed=1) in a frame. Only the sites in
// FAQBOT_EMBED_ORIGINS may frame it (Content-Security-Policy frame-ancestors).
(function () {
  'use strict';
  var TEXTS = /*TEXTS*/{};
  var script = document.currentScript;
  if (!script || document.getElementById('faqbot-embed')) { return; }
  var base = new URL(script.src, location.href).origin;
  var wanted = (script.getAttribute('data-lang') || document.documentElement.lang || navigator.language || 'en').toLowerCase();
  var lang = wanted.indexOf('nl') === 0 ? 'nl' : 'en';
  var words = TEXTS[lang] || {};
  var OPEN_KEY = 'faqbot.embed.open';

  var root = document.createElement('div');
  root.id = 'faqbot-embed';
  root.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483000;display:flex;flex-direction:column;align-items:flex-end;gap:8px;font-family:system-ui,sans-serif';
  var frame = document.createElement('iframe');
  frame.title = words.open || 'faqbot';
  frame.style.cssText = 'width:min(380px,calc(100vw - 32px));height:min(560px,calc(100vh - 96px));border:1px solid #c9ced6;border-radius:12px;box-shadow:0 6px 24px rgba(0,0,0,.2);background:#fff;display:none';
  var button = document.createElement('button');
  button.type = 'button';
  button.id = 'faqbot-embed-button';
  button.style.cssText = 'border:0;border-radius:24px;padding:12px 18px;background:#0b5cad;color:#fff;font-size:16px;cursor:pointer;box-shadow:0 3px 12px rgba(0,0,0,.25)';
  root.appendChild(frame);
  root.appendChild(button);

  function setOpen(open) {
    if (open && !frame.src) { frame.src = base + '/chat?embed=1&lang=' + lang; }
    frame.style.display = open ? 'block' : 'none';
    button.textContent = open ? (words.close || '×') : (words.open || 'faqbot');
    button.setAttribute('aria-expanded', String(open));
    try { sessionStorage.setItem(OPEN_KEY, open ? '1' : '0'); } catch (e) { /* blocked storage: no memory of the state */ }
  }
  button.addEventListener('click', function () { setOpen(frame.style.display === 'none'); });
  var wasOpen = false;
  try { wasOpen = sessionStorage.getItem(OPEN_KEY) === '1'; } catch (e) { wasOpen = false; }
  (document.body || document.documentElement).appendChild(root);
  setOpen(wasOpen);
}());
