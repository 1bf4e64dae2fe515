import { useMemo } from 'react';
import { useAppStore } from '../store/context';
import { selectDocuments } from '../store/selectors';
import { highlightXml } from './highlight';

/**
 * The RCML exactly as it will be exported. The region holds only the document's text; the file
 * name and line numbers sit outside it so that its text content is the file, byte for byte.
 */
export function Preview() {
  const documents = useAppStore(selectDocuments);
  const document = documents[0];
  const xml = document?.xml ?? '';
  const html = useMemo(() => highlightXml(xml), [xml]);
  const lineCount = xml.endsWith('\n') ? xml.split('\n').length - 1 : xml.split('\n').length;
  const lineNumbers = useMemo(
    () => Array.from({ length: lineCount }, (_, i) => i + 1).join('\n'),
    [lineCount],
  );

  return (
    <div className="preview panel">
      <div className="preview-header">
        <span className="preview-file" aria-hidden="true">
          {document?.fileName}
        </span>
        <span className="muted">Updated as you edit</span>
      </div>
      <div className="preview-scroll">
        <pre className="preview-gutter" aria-hidden="true">
          {lineNumbers}
        </pre>
        <pre
          className="preview-code hljs"
          role="region"
          aria-label="RCML preview"
          tabIndex={0}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </div>
    </div>
  );
}
