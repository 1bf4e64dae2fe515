import { useEffect } from 'react';
import { useAppStore } from '../store/context';

const VISIBLE_MS = 4000;
/** A long notice (what a flow file needed repaired) stays long enough to be read. */
const MS_PER_CHARACTER = 60;

/** Short confirmations ("Copied main.xml"), announced politely to screen readers. */
export function NoticeToast() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismiss, Math.max(VISIBLE_MS, notice.text.length * MS_PER_CHARACTER));
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  return (
    <div className="notice-area" role="status" aria-live="polite">
      {notice && (
        <div key={notice.id} className={`notice ${notice.tone}`}>
          {notice.text}
        </div>
      )}
    </div>
  );
}
