/** The officer console's shell: header, routing to the pages, the outbox panel. */
import { render } from "preact";
import { useEffect } from "preact/hooks";
import { flushOutbox, go, route, setLang, signInAgain, signOut, state } from "./app";
import { useAppState } from "./components/hooks";
import { lazy } from "./components/lazy";
import { Queue } from "./components/queue-panel";
import { NotForViewer } from "./components/status";
import { t } from "./components/t";
import { loginHash } from "./drafts";
import { Club } from "./pages/club";
import { Home } from "./pages/home";
import { SignIn } from "./pages/sign-in";

const OrgTree = lazy(() => import("./pages/more").then((m) => m.OrgTree));
const Import = lazy(() => import("./pages/more").then((m) => m.Import));
const Meeting = lazy(() => import("./pages/more").then((m) => m.Meeting));
const MeetingList = lazy(() => import("./pages/more").then((m) => m.MeetingList));
const MeetingDetail = lazy(() => import("./pages/more").then((m) => m.MeetingDetail));
const Funds = lazy(() => import("./pages/more").then((m) => m.Funds));
const Loan = lazy(() => import("./pages/more").then((m) => m.Loan));
const AddMember = lazy(() => import("./pages/more").then((m) => m.AddMember));
const EditPerson = lazy(() => import("./pages/more").then((m) => m.EditPerson));
const ActivityList = lazy(() => import("./pages/more").then((m) => m.ActivityList));
const RecordActivity = lazy(() => import("./pages/more").then((m) => m.RecordActivity));
const Report = lazy(() => import("./pages/more").then((m) => m.Report));

/** Pages that name people: a viewer account is not offered them (the API answers 403 anyway). */
const PERSON_LEVEL = new Set(["import", "meeting", "meetings", "funds", "member", "person", "loan", "new"]);

function Page() {
  const { parts } = route();
  if (!state.session) return <SignIn />;
  const [first, id, sub, leaf] = parts;
  if (first === "login") return <SignIn />;
  const viewer = state.session.user.role === "viewer";
  if (
    viewer &&
    (PERSON_LEVEL.has(first ?? "") || PERSON_LEVEL.has(sub ?? "") || PERSON_LEVEL.has(leaf ?? ""))
  )
    return <NotForViewer />;
  if (first === "tree") return <OrgTree />;
  if (first === "club" && id && !sub) return <Club id={id} />;
  if (first === "club" && id && sub === "import") return <Import id={id} />;
  if (first === "club" && id && sub === "meeting") return <Meeting id={id} />;
  if (first === "club" && id && sub === "meetings") return <MeetingList clubId={id} />;
  if (first === "club" && id && sub === "funds") return <Funds id={id} />;
  if (first === "club" && id && sub === "member") return <AddMember clubId={id} />;
  if (first === "person" && id) return <EditPerson personId={id} />;
  if (first === "meeting" && id) return <MeetingDetail meetingId={id} />;
  if (first === "loan" && id) return <Loan loanId={id} />;
  if (first === "unit" && id && sub === "activities" && leaf === "new") return <RecordActivity unitId={id} />;
  if (first === "unit" && id && sub === "activities") return <ActivityList unitId={id} />;
  if (first === "report" && id) return <Report unitId={id} />;
  if (!first && state.session.user.role === "club_board") return <Club id={state.session.user.orgUnitId} />;
  if (!first) return <Home />;
  return <p>{t("notFound")}</p>;
}

function App() {
  useAppState();
  const session = state.session;
  const { parts, hash } = route();
  // A signed-in page opened without a session: sign in first, then come back here.
  useEffect(() => {
    if (!session && parts[0] !== "login") go(loginHash(hash));
  }, [session, hash]);
  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);
  return (
    <>
      <button type="button" class="skip" onClick={() => document.getElementById("main")?.focus()}>
        {t("skip")}
      </button>
      <header>
        <a class="brand" href="#/">
          {t("appName")}
        </a>
        {session ? <span class="who">{session.user.displayName}</span> : null}
        <button
          type="button"
          lang={state.lang === "vi" ? "en" : "vi"}
          title={t("languageLabel")}
          onClick={() => setLang(state.lang === "vi" ? "en" : "vi")}
        >
          {t("language")}
        </button>
        {session ? (
          <button type="button" onClick={signOut}>
            {t("signOut")}
          </button>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {navigator.onLine ? null : (
          <p class="alert" role="status">
            {t("offline")}
          </p>
        )}
        {session && parts[0] !== "login" && parts.length > 0 ? (
          <nav class="crumbs" aria-label={t("home")}>
            <a href="#/">← {t("home")}</a>
            {parts[0] === "club" && parts[2] ? (
              <>
                {" · "}
                <a href={`#/club/${parts[1]}`}>{t("back")}</a>
              </>
            ) : null}
          </nav>
        ) : null}
        {session ? <Queue /> : null}
        <Page />
      </main>
    </>
  );
}

// Sends what the device queued before this visit, when it can.
void flushOutbox();
// A token past its expiry: ask to sign in again before the first request fails.
if (state.session) {
  try {
    const payload = JSON.parse(
      atob(state.session.token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/")),
    );
    if (typeof payload.exp === "number" && payload.exp * 1000 < Date.now()) signInAgain();
  } catch {
    signInAgain();
  }
}
// The page's "Đang tải…" placeholder goes: render adds the app beside what is there.
const root = document.getElementById("app")!;
root.textContent = "";
render(<App />, root);
