import { useEffect } from 'react';
import { useAppStore } from '../store/context';

const VISIBLE_MS = 4000;

/** Short confirmations ("Copied main.xml"), announced politely to screen readers. */
export function NoticeToast() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismiss, VISIBLE_MS);
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
