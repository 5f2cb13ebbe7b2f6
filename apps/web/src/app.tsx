import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter } from "react-router";
// The DOM RouterProvider wires ReactDOM.flushSync, which logout relies on to leave protected pages first.
import { RouterProvider } from "react-router/dom";
import { isApiError } from "./api/api-error";
import { AppLayout } from "./components/app-layout";
import { RequireAuth } from "./components/require-auth";
import { AccountPage } from "./pages/account-page";
import { ForgotPasswordPage } from "./pages/forgot-password-page";
import { HomePage } from "./pages/home-page";
import { LoginPage } from "./pages/login-page";
import { NewInterviewPage } from "./pages/new-interview-page";
import { NotFoundPage } from "./pages/not-found-page";
import { PrivacyPage } from "./pages/privacy-page";
import { ResetPasswordPage } from "./pages/reset-password-page";
import { RouteErrorPage } from "./pages/route-error-page";
import { SignupPage } from "./pages/signup-page";
import { VerifyEmailPage } from "./pages/verify-email-page";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // Client errors (401, 404...) will not fix themselves; only retry network and server failures.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});

// Chart-heavy pages load on demand (recharts is most of the bundle).
const router = createBrowserRouter([
  {
    element: <AppLayout />,
    hydrateFallbackElement: <div className="min-h-dvh bg-slate-50" />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "signup", element: <SignupPage /> },
      { path: "login", element: <LoginPage /> },
      { path: "verify-email", element: <VerifyEmailPage /> },
      { path: "forgot-password", element: <ForgotPasswordPage /> },
      { path: "reset-password", element: <ResetPasswordPage /> },
      { path: "privacy", element: <PrivacyPage /> },
      // Panel participants join through their invitation link, without an account.
      {
        path: "panel/:id/join",
        lazy: async () => ({ Component: (await import("./pages/panel-room-page")).PanelRoomPage }),
      },
      {
        path: "panel/:id/report",
        lazy: async () => ({ Component: (await import("./pages/panel-report-page")).PanelReportPage }),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            path: "dashboard",
            lazy: async () => ({ Component: (await import("./pages/dashboard-page")).DashboardPage }),
          },
          { path: "interview/new", element: <NewInterviewPage /> },
          { path: "account", element: <AccountPage /> },
          {
            path: "panel/new",
            lazy: async () => ({ Component: (await import("./pages/panel-new-page")).PanelNewPage }),
          },
          {
            path: "panel/:id/room",
            lazy: async () => ({ Component: (await import("./pages/panel-room-page")).PanelRoomPage }),
          },
          {
            path: "interview/:id",
            lazy: async () => ({ Component: (await import("./pages/interview-page")).InterviewPage }),
          },
          {
            path: "interview/:id/room",
            lazy: async () => ({ Component: (await import("./pages/voice-room-page")).VoiceRoomPage }),
          },
          {
            path: "report/:id",
            lazy: async () => ({ Component: (await import("./pages/report-page")).ReportPage }),
          },
          {
            path: "history",
            lazy: async () => ({ Component: (await import("./pages/history-page")).HistoryPage }),
          },
          // The editor (CodeMirror) and the Markdown renderer load with the coding pages only.
          {
            path: "coding",
            lazy: async () => ({ Component: (await import("./pages/coding-page")).CodingPage }),
          },
          // Excalidraw loads with the whiteboard pages only.
          {
            path: "whiteboard",
            lazy: async () => ({ Component: (await import("./pages/whiteboard-page")).WhiteboardPage }),
          },
          {
            path: "whiteboard/:id",
            lazy: async () => ({
              Component: (await import("./pages/whiteboard-problem-page")).WhiteboardProblemPage,
            }),
          },
          {
            path: "coding/:id",
            lazy: async () => ({
              Component: (await import("./pages/coding-problem-page")).CodingProblemPage,
            }),
          },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
