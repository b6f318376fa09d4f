// Copy to the clipboard from the webview. WebKitGTK exposes `navigator.clipboard` only in a
// secure context and may refuse it without a user-activation it recognises; the fallback copies
// through a hidden textarea and `execCommand("copy")`, which WebKitGTK supports in a click handler.

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
