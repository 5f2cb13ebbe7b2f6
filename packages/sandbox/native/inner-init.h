/*
 * The program's own pid namespace, one level below the supervisor's.
 *
 * The supervisor forks an "inner init" into a new pid and mount namespace; it mounts a fresh /proc for
 * that namespace, masks the host facts in it, forks the program and waits. The supervisor is then not in
 * the program's pid namespace at all: no pid the program can pass to kill, prlimit, setpriority, ptrace
 * or pidfd_open names it, its /proc is not in the program's /proc, and getppid() of the inner init is 0.
 * This holds whatever the uids: an ordinary user's server maps one uid for supervisor and program alike,
 * so the kernel's same-uid checks would otherwise let the program prlimit or renice its supervisor.
 *
 * The inner init is pid 1 of the program's namespace, so the program stays an ordinary process (its own
 * signals, abort() and SIGABRT behave as outside) and its orphans are reaped there: their CPU lands in the
 * inner init's children's times, which the supervisor reads when it reaps the inner init. The program can
 * name the inner init, but it has nothing to attack: signals from inside its namespace with a default
 * action are dropped by the kernel (init), it is not dumpable, its rlimits do not matter (it only waits),
 * and the seccomp filter refuses ptrace. When the program ends, the inner init passes its wait status up
 * on a pipe and exits; the kernel then kills everything left in the namespace.
 *
 * Needs CAP_SYS_ADMIN in the sandbox's user namespace (bubblewrap --cap-add), which the program drops.
 */
#ifndef INNER_INIT_H
#define INNER_INIT_H

#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_MASKS 16

struct inner_init {
  /* /proc files to hide behind /dev/null in the fresh /proc (the kernel's command line, keys...). */
  const char *masks[MAX_MASKS];
  int mask_count;
  /* Write ends: the program's wait status (4 bytes), and an errno when the namespace cannot be built. */
  int status_fd, error_fd;
};

static int write_int(int fd, int value) {
  return write(fd, &value, sizeof value) == (ssize_t)sizeof value ? 0 : -1;
}

/* A /proc of the program's own pid namespace, with the same masks bubblewrap would have put on it. */
static int mount_own_proc(const struct inner_init *init) {
  if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0) return -1;
  if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0) return -1;
  for (int i = 0; i < init->mask_count; i++) {
    if (mount("/dev/null", init->masks[i], NULL, MS_BIND, NULL) < 0) return -1;
    unsigned long ro = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC;
    if (mount(NULL, init->masks[i], NULL, ro, NULL) < 0) return -1;
  }
  return 0;
}

/*
 * Kills what the program left and reaps it all before exiting. Exiting first would let the kernel do it,
 * but a dying init ignores SIGCHLD, so the processes it kills are reaped unaccounted: their CPU would be
 * lost from the run's total (measured: a killed orphan's 300 ms vanished).
 */
static void end_namespace(void) {
  for (;;) {
    /* Again before every wait: a fork bomb's process forking while kill(-1) went round may have missed it. */
    kill(-1, SIGKILL);
    pid_t pid = waitpid(-1, NULL, __WALL);
    if (pid < 0 && errno == EINTR) continue;
    if (pid < 0) _exit(0);
  }
}

/* The inner init's life: the program's namespace, the program, then its status. Never returns. */
static void run_inner_init(const struct inner_init *init, void (*start_program)(void *), void *arg) {
  if (mount_own_proc(init) < 0) {
    write_int(init->error_fd, errno ? errno : EPERM);
    _exit(125);
  }
  prctl(PR_SET_NAME, "sandbox-init", 0, 0, 0);
  pid_t program = fork();
  if (program < 0) {
    write_int(init->error_fd, errno);
    _exit(125);
  }
  if (program == 0) start_program(arg); /* never returns */
  /* Nothing of the program's stays open here: its pipes reach EOF as soon as it and its children end. */
  syscall(SYS_close_range, 0U, (unsigned)init->status_fd - 1, 0U);
  syscall(SYS_close_range, (unsigned)init->status_fd + 1, ~0U, 0U);
  int program_status = 0;
  for (;;) {
    int status;
    /* __WALL: clone children with another exit signal are reaped (and counted) here too. */
    pid_t pid = waitpid(-1, &status, __WALL);
    if (pid < 0 && errno == EINTR) continue;
    if (pid < 0) _exit(125);
    if (pid == program) {
      program_status = status;
      break;
    }
  }
  write_int(init->status_fd, program_status);
  end_namespace();
}

/* Forks the inner init in a new pid and mount namespace; returns its pid in ours (or -1). */
static pid_t start_inner_init(const struct inner_init *init, void (*start_program)(void *), void *arg) {
  pid_t pid = (pid_t)syscall(SYS_clone, CLONE_NEWPID | CLONE_NEWNS | SIGCHLD, 0, 0, 0, 0);
  if (pid == 0) run_inner_init(init, start_program, arg);
  return pid;
}

#endif
