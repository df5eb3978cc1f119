/*! Claimscope embed.js: sizes Claimscope iframes to their content. MIT OR Apache-2.0. */
// Include once in a page that has <iframe data-claimscope src="…">. It acts only on a height
// message that comes from one of those frames' windows, from that frame's own origin, and holds a
// sane number of pixels; it sends nothing.
(function () {
  'use strict';
  if (window.claimscopeEmbed) return;
  window.claimscopeEmbed = true;
  var MAX_HEIGHT = 100000;

  function frames() {
    return document.querySelectorAll('iframe[data-claimscope]');
  }

  function prepare() {
    Array.prototype.forEach.call(frames(), function (frame) {
      frame.style.border = '0';
      frame.style.width = '100%';
      frame.style.display = 'block';
    });
  }

  function heightOf(data) {
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch (e) {
        return null;
      }
    }
    if (!data || data.context !== 'iframe.resize') return null;
    var height = data.height;
    return typeof height === 'number' && isFinite(height) && height > 0 && height <= MAX_HEIGHT
      ? Math.ceil(height)
      : null;
  }

  window.addEventListener('message', function (event) {
    var height = heightOf(event.data);
    if (height === null) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (e) {
        return;
      }
      if (event.origin === origin) frame.style.height = height + 'px';
      return;
    }
  });

  prepare();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepare);
})();
