// The text of a file as an editor shows it: UTF-8, without the byte order mark that editors hide (VS Code's
// documents never start with U+FEFF). The language server and the CLI read the disk through it, so that positions
// on the first line are the same whether a file is open in the editor, read from disk, or checked by the CLI.
export function decodeText(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
