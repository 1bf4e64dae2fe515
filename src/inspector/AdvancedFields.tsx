import { ChevronRight } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import '../styles/inspector-plain-words.css';

/**
 * Technical fields, folded under a button named “Advanced”. It opens by itself when a problem
 * appears in a field inside, so nothing wrong is ever hidden; otherwise it starts closed for
 * each node and remembers nothing.
 */
export function AdvancedFields({
  problemCount,
  children,
}: {
  /** Problems shown in the folded fields. */
  problemCount: number;
  children: ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(problemCount > 0);
  const [hadProblems, setHadProblems] = useState(problemCount > 0);
  // A problem that appears (an import, an edit elsewhere) opens the fold, once; the user may close
  // it again, and the count beside the button still says something is wrong inside.
  const hasProblems = problemCount > 0;
  if (hasProblems !== hadProblems) {
    setHadProblems(hasProblems);
    if (hasProblems) setOpen(true);
  }

  return (
    <section className="advanced-fields">
      <div className="advanced-toggle-row">
        <button
          type="button"
          className="advanced-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          <ChevronRight size={15} aria-hidden="true" className="advanced-chevron" />
          Advanced
        </button>
        {hasProblems && (
          <span className="advanced-problems">
            {problemCount === 1 ? '1 problem inside' : `${problemCount} problems inside`}
          </span>
        )}
      </div>
      <div id={id} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
