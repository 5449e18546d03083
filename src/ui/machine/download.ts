/** Saves data as a file in the browser (a Blob URL; nothing leaves the page). */

/** Offers `data` for download under `filename`. */
export function downloadFile(filename: string, data: string | Uint8Array, mime: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
