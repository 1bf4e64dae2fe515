/**
 * What the inspector shows in the moment its fields' code is still loading (a first selection
 * before the idle prefetch finished): a few quiet lines where the heading and fields will be,
 * without text that would flash by. Its name tells a screen reader what is coming.
 */
export function FieldsLoading() {
  return (
    <div className="inspector-loading" role="status" aria-label="Loading the step’s fields">
      <span className="inspector-loading-line wide" />
      <span className="inspector-loading-line" />
      <span className="inspector-loading-line" />
    </div>
  );
}
