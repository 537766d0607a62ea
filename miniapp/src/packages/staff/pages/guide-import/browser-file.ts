/** A file the browser handed over: a blob URL Taro's H5 uploadFile can read, its name and size. */
export interface BrowserFile {
  path: string;
  name: string;
  size: number;
  release: () => void;
}

/**
 * Open the browser's file dialog (Taro's H5 build has no chooseMessageFile) and answer the file
 * chosen, or undefined if the dialog was cancelled. Kept apart so tests can stand in for it.
 */
export function pickBrowserFile(accept: string): Promise<BrowserFile | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    // Some mobile browsers fire `change` only for an input that is in the document.
    document.body.appendChild(input);
    const finish = (file?: File) => {
      input.remove();
      if (!file) return resolve(undefined);
      const path = URL.createObjectURL(file);
      resolve({ path, name: file.name, size: file.size, release: () => URL.revokeObjectURL(path) });
    };
    input.addEventListener('change', () => finish(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => finish(), { once: true });
    input.click();
  });
}
