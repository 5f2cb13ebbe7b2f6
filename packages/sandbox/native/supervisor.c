/*
 * supervisor: pid 1 of each bubblewrap sandbox's pid namespace (bwrap --as-pid-1).
 *
 * Being pid 1 means the program cannot kill us (the kernel drops signals to a namespace's init from
 * inside it), the program's orphans are reparented to us and reaped, and when we exit the kernel kills
 * whatever is left in the namespace.
 *
 * It unpacks the job's files (sent by the host on a pipe) into the sandbox's own tmpfs, runs one
 * program under rlimits, relays its stdout and stderr up to the output limit, enforces the CPU,
 * wall-clock, memory and file limits by polling every 10 ms, measures CPU time and peak memory (the
 * namespace's summed RSS and wait4's ru_maxrss), kills everything left in the pid namespace, optionally
 * packs the files a compiler produced back onto a pipe, and reports one result line.
 *
 * The host never touches the sandbox's files: everything crosses on file descriptors.
 * All file work happens here, inside the sandbox, relative to directory fds with
 * O_NOFOLLOW, so a planted symlink can at most point at something inside the sandbox.
 *
 * Usage: supervisor [--name value]... -- program [args...]
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <grp.h>
#include <linux/capability.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "inner-init.h"
#include "seccomp-filter.h"

#define MAX_NAME 128
#define MAX_FILES 256
#define MAX_WATCHED 4

struct options {
  long cpu_ms, wall_ms;
  long mem_kb, as_kb, data_kb, stack_kb, fsize_kb, nofile, nproc, nice;
  long stdout_max_kb, stderr_max_kb;
  int result_fd, unpack_fd, pack_fd, lock_fd;
  const char *unpack_dir, *pack_dir;
  long pack_max_kb;
  /* tmpfs mounts whose inode count is capped (bwrap cannot set nr_inodes; empty files cost kernel memory). */
  const char *watched[MAX_WATCHED];
  int watched_count;
  long max_files;
  /* Root mode: the program's own uid and gid inside the sandbox (mapped to a host uid of its own), so it
   * cannot prlimit, signal, renice or ptrace us; -1 runs it as our uid (an ordinary user's server). */
  long program_id;
  /* /proc files the program's fresh /proc hides (see inner-init.h). */
  const char *masks[MAX_MASKS];
  int mask_count;
  char **argv;
};

struct outcome {
  int exit_code, signal, exec_errno;
  long cpu_ms, wall_ms, maxrss_kb;
  /* Bytes relayed to our stdout and stderr: the host has the whole output once it has read this much. */
  long out_bytes, err_bytes;
  const char *timeout, *unpack, *pack, *lock;
};

static long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

static void die(const char *what) {
  fprintf(stderr, "supervisor: %s: %s\n", what, strerror(errno));
  _exit(125);
}

static long number(const char *text) {
  char *end;
  long value = strtol(text, &end, 10);
  if (*text == '\0' || *end != '\0' || value < 0) {
    fprintf(stderr, "supervisor: bad number %s\n", text);
    _exit(125);
  }
  return value;
}

static void parse_options(int argc, char **argv, struct options *o) {
  memset(o, 0, sizeof *o);
  o->result_fd = o->unpack_fd = o->pack_fd = o->lock_fd = -1;
  o->program_id = -1;
  int i = 1;
  for (; i + 1 < argc && strcmp(argv[i], "--") != 0; i += 2) {
    const char *k = argv[i], *v = argv[i + 1];
    if (!strcmp(k, "--cpu-ms")) o->cpu_ms = number(v);
    else if (!strcmp(k, "--wall-ms")) o->wall_ms = number(v);
    else if (!strcmp(k, "--mem-kb")) o->mem_kb = number(v);
    else if (!strcmp(k, "--as-kb")) o->as_kb = number(v);
    else if (!strcmp(k, "--data-kb")) o->data_kb = number(v);
    else if (!strcmp(k, "--stack-kb")) o->stack_kb = number(v);
    else if (!strcmp(k, "--fsize-kb")) o->fsize_kb = number(v);
    else if (!strcmp(k, "--nofile")) o->nofile = number(v);
    else if (!strcmp(k, "--nproc")) o->nproc = number(v);
    else if (!strcmp(k, "--nice")) o->nice = number(v);
    else if (!strcmp(k, "--stdout-max-kb")) o->stdout_max_kb = number(v);
    else if (!strcmp(k, "--stderr-max-kb")) o->stderr_max_kb = number(v);
    else if (!strcmp(k, "--result-fd")) o->result_fd = (int)number(v);
    else if (!strcmp(k, "--unpack-fd")) o->unpack_fd = (int)number(v);
    else if (!strcmp(k, "--unpack-dir")) o->unpack_dir = v;
    else if (!strcmp(k, "--pack-fd")) o->pack_fd = (int)number(v);
    else if (!strcmp(k, "--pack-dir")) o->pack_dir = v;
    else if (!strcmp(k, "--pack-max-kb")) o->pack_max_kb = number(v);
    else if (!strcmp(k, "--max-files")) o->max_files = number(v);
    else if (!strcmp(k, "--lock-fd")) o->lock_fd = (int)number(v);
    else if (!strcmp(k, "--program-id")) o->program_id = number(v);
    else if (!strcmp(k, "--mask") && o->mask_count < MAX_MASKS) o->masks[o->mask_count++] = v;
    else if (!strcmp(k, "--watch") && o->watched_count < MAX_WATCHED) o->watched[o->watched_count++] = v;
    else {
      fprintf(stderr, "supervisor: unknown option %s\n", k);
      _exit(125);
    }
  }
  if (i >= argc || strcmp(argv[i], "--") != 0 || i + 1 >= argc || o->result_fd < 0 || o->wall_ms <= 0) {
    fprintf(stderr, "supervisor: usage: supervisor --result-fd N --wall-ms N [...] -- program\n");
    _exit(125);
  }
  o->argv = argv + i + 1;
}

/* A file name we accept in either direction: no path separators, no dot-dot, printable. */
static int valid_name(const char *name) {
  size_t n = strlen(name);
  if (n == 0 || n > MAX_NAME || !strcmp(name, ".") || !strcmp(name, "..")) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = name[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
          c == '_' || c == '-' || c == '$'))
      return 0;
  }
  return 1;
}

static int write_all(int fd, const char *data, size_t size) {
  while (size > 0) {
    ssize_t n = write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return -1;
    data += n;
    size -= (size_t)n;
  }
  return 0;
}

/* Reads one header line "<size> <mode> <name>\n" byte by byte (headers are tiny). */
static int read_header(int fd, long *size, int *mode, char *name) {
  char line[MAX_NAME + 64];
  size_t used = 0;
  for (;;) {
    char c;
    ssize_t n = read(fd, &c, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0 && used == 0) return 0;
    if (n <= 0 || used + 1 >= sizeof line) return -1;
    if (c == '\n') break;
    line[used++] = c;
  }
  line[used] = '\0';
  if (sscanf(line, "%ld %o %128s", size, (unsigned *)mode, name) != 3) return -1;
  return (*size >= 0 && valid_name(name)) ? 1 : -1;
}

/* Unpacks the host's files into dir. Files are created O_EXCL|O_NOFOLLOW relative to dir's fd. */
static const char *unpack(int fd, const char *dir, long owner) {
  int dir_fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (dir_fd < 0) return "error";
  char name[MAX_NAME + 1], buffer[65536];
  long size;
  int mode, count = 0, status;
  while ((status = read_header(fd, &size, &mode, name)) == 1) {
    if (++count > MAX_FILES) return "error";
    int out = openat(dir_fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode & 0755);
    if (out < 0) return "error";
    if (owner >= 0 && fchown(out, (uid_t)owner, (gid_t)owner) < 0) return "error";
    while (size > 0) {
      ssize_t n = read(fd, buffer, size < (long)sizeof buffer ? (size_t)size : sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0 || write_all(out, buffer, (size_t)n) < 0) return "error";
      size -= n;
    }
    close(out);
  }
  close(dir_fd);
  close(fd);
  return status == 0 ? "ok" : "error";
}

static int pack_one(int dir_fd, const char *name, int fd, long *budget) {
  int in = openat(dir_fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  struct stat st;
  if (in < 0) return errno == ELOOP ? 0 : -1; /* a symlink: skipped, never followed */
  if (fstat(in, &st) < 0 || !S_ISREG(st.st_mode)) {
    close(in);
    return 0;
  }
  if ((*budget -= st.st_size) < 0) return -2;
  char header[MAX_NAME + 64], buffer[65536];
  int len = snprintf(header, sizeof header, "%ld %o %s\n", (long)st.st_size, (unsigned)(st.st_mode & 0755), name);
  if (write_all(fd, header, (size_t)len) < 0) return -1;
  long left = st.st_size;
  while (left > 0) {
    ssize_t n = read(in, buffer, left < (long)sizeof buffer ? (size_t)left : sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0 || write_all(fd, buffer, (size_t)n) < 0) return -1;
    left -= n;
  }
  close(in);
  return 0;
}

/* Packs the regular files directly inside dir (no recursion, no links followed). */
static const char *pack(int fd, const char *dir, long max_kb) {
  int dir_fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  DIR *listing = dir_fd < 0 ? NULL : fdopendir(dup(dir_fd));
  if (!listing) return "error";
  long budget = max_kb * 1024;
  int count = 0, failed = 0;
  struct dirent *entry;
  while (!failed && (entry = readdir(listing))) {
    if (!strcmp(entry->d_name, ".") || !strcmp(entry->d_name, "..")) continue;
    if (!valid_name(entry->d_name) || ++count > MAX_FILES) return "too_large";
    int r = pack_one(dir_fd, entry->d_name, fd, &budget);
    if (r == -2) return "too_large";
    failed = r < 0;
  }
  closedir(listing);
  close(fd);
  return failed ? "error" : "ok";
}

static void limit(int resource, long value) {
  struct rlimit rl = {(rlim_t)value, (rlim_t)value};
  if (setrlimit(resource, &rl) < 0) die("setrlimit");
}

static void limit_kb(int resource, long kb) {
  if (kb > 0) limit(resource, kb * 1024);
}

/*
 * One of the program's output pipes, copied to our stdout or stderr (sockets to the host) up to a cap.
 * The program gets pipes rather than the host's sockets because runtimes treat sockets as asynchronous:
 * Node would queue an endless write loop in memory instead of blocking on it.
 */
struct relay {
  int from, to;
  long left, written;
  int open, overflow;
};

static void relay_available(struct relay *r) {
  char buffer[65536];
  while (r->open) {
    ssize_t n = read(r->from, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return; /* nothing more for now */
    if (n == 0) {
      r->open = 0;
      close(r->from);
      return;
    }
    long keep = n < r->left ? n : r->left;
    if (keep > 0 && write_all(r->to, buffer, (size_t)keep) == 0) r->written += keep;
    r->left -= keep;
    if (keep < n) r->overflow = 1;
  }
}

/* Waits up to timeout_ms for output (or a signal), then copies what arrived. */
static void relay_wait(struct relay *relays, long timeout_ms) {
  struct pollfd fds[2];
  for (int i = 0; i < 2; i++) fds[i] = (struct pollfd){relays[i].open ? relays[i].from : -1, POLLIN, 0};
  struct timespec wait = {timeout_ms / 1000, (timeout_ms % 1000) * 1000000L};
  sigset_t any;
  sigemptyset(&any);
  ppoll(fds, 2, &wait, &any); /* SIGCHLD, blocked otherwise, wakes us here */
  for (int i = 0; i < 2; i++) relay_available(&relays[i]);
}

static void open_relay(struct relay *r, int pipe_fds[2], int to, long max_kb) {
  if (pipe2(pipe_fds, O_CLOEXEC) < 0) die("pipe2");
  fcntl(pipe_fds[0], F_SETPIPE_SZ, 1 << 20);
  fcntl(pipe_fds[0], F_SETFL, O_NONBLOCK);
  *r = (struct relay){pipe_fds[0], to, max_kb > 0 ? max_kb * 1024 : 64L << 20, 0, 1, 0};
}

/* The folders the program writes in (/work, and the pack folder) become the program's. */
static void give_to_program(const struct options *o) {
  if (o->program_id < 0) return;
  const char *dirs[] = {o->unpack_dir ? o->unpack_dir : ".", o->pack_dir};
  for (int i = 0; i < 2; i++)
    if (dirs[i] && chown(dirs[i], (uid_t)o->program_id, (gid_t)o->program_id) < 0) die("chown");
}

/*
 * Root mode: the program gets a uid and gid of its own (the host mapped both into our user namespace),
 * and none of the capabilities we keep (setuid, setgid, kill, chown). The kernel then refuses it every
 * call on us that checks credentials: prlimit, kill, setpriority, ptrace, /proc/1/ files.
 */
static void become_program_uid(long id) {
  if (id >= 0) {
    if (setgroups(0, NULL) < 0 && errno != EPERM) die("setgroups");
    if (setresgid((gid_t)id, (gid_t)id, (gid_t)id) < 0) die("setresgid");
    if (setresuid((uid_t)id, (uid_t)id, (uid_t)id) < 0) die("setresuid");
  }
  /* Our uid is not 0, so changing it kept our capabilities: drop every one, ambient ones included (in
   * both modes: the supervisor keeps CAP_SYS_ADMIN of its user namespace for the inner init). */
  if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0) die("clear ambient capabilities");
  struct __user_cap_header_struct header = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct none[2];
  memset(none, 0, sizeof none);
  if (syscall(SYS_capset, &header, none) < 0) die("capset");
  if (id >= 0 && (getuid() != (uid_t)id || geteuid() != (uid_t)id)) _exit(126);
}

/* In the child, before exec: limits, default signals, and no inherited descriptors past stderr. */
static void become_program(const struct options *o, int exec_error_fd) {
  long cpu_s = (o->cpu_ms + 999) / 1000 + 1;
  struct rlimit cpu = {(rlim_t)cpu_s, (rlim_t)cpu_s + 1};
  if (o->cpu_ms > 0 && setrlimit(RLIMIT_CPU, &cpu) < 0) die("setrlimit cpu");
  limit_kb(RLIMIT_AS, o->as_kb);
  limit_kb(RLIMIT_DATA, o->data_kb);
  limit_kb(RLIMIT_STACK, o->stack_kb);
  limit_kb(RLIMIT_FSIZE, o->fsize_kb);
  if (o->nofile > 0) limit(RLIMIT_NOFILE, o->nofile);
  /* RLIMIT_NPROC counts every task of the program's uid in the sandbox's user namespace: us and the inner
   * init too when we share it (an ordinary user's server). */
  if (o->nproc > 0) limit(RLIMIT_NPROC, o->program_id >= 0 ? o->nproc : o->nproc + 2);
  limit(RLIMIT_CORE, 0);
  limit(RLIMIT_MEMLOCK, 0);
  limit(RLIMIT_MSGQUEUE, 0);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  signal(SIGPIPE, SIG_DFL);
  /* Mark every descriptor past stderr close-on-exec; the exec error pipe stays usable until exec. */
  if (syscall(SYS_close_range, 3U, ~0U, 4U /* CLOSE_RANGE_CLOEXEC */) < 0)
    for (int fd = 3; fd < 65536; fd++) fcntl(fd, F_SETFD, FD_CLOEXEC);
  /* A process group of its own: nothing the program does to "its group" reaches us. */
  setpgid(0, 0);
  /* Huge pages would let memory grow 2 MB per fault, faster than the poll; the filter keeps them off. */
  prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
  become_program_uid(o->program_id);
  if (install_filter() < 0) die("seccomp");
  execv(o->argv[0], o->argv);
  int err = errno;
  write_all(exec_error_fd, (const char *)&err, sizeof err);
  _exit(127);
}

/* What the program's process needs from the supervisor's stack, for the inner init to start it. */
struct program_start {
  const struct options *o;
  const int *exec_error;
  int out, err;
};

static void start_program(void *arg) {
  const struct program_start *start = arg;
  close(start->exec_error[0]);
  if (dup2(start->out, 1) < 0 || dup2(start->err, 2) < 0) _exit(126);
  become_program(start->o, start->exec_error[1]);
}

/* The program's own wait status, passed up by the inner init (whose status says nothing of it). When the
 * inner init was killed first (a limit), there is none, and its own stands. */
static void program_status_of(int fd, struct outcome *out) {
  int status;
  fcntl(fd, F_SETFL, O_NONBLOCK); /* a process stuck past the end may still hold the write end */
  if (read(fd, &status, sizeof status) != (ssize_t)sizeof status) return;
  out->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  out->signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
}

/* What the run's live processes use now: CPU (their own, their threads' and their reaped children's)
 * and resident memory. */
struct usage {
  long cpu_ms, rss_kb;
};

/* Reads one process's /proc/PID/stat: utime stime cutime cstime and rss (pages). */
static int read_stat(long pid, unsigned long long *ticks, long *rss_pages) {
  char path[64], text[1024];
  snprintf(path, sizeof path, "/proc/%ld/stat", pid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t n = read(fd, text, sizeof text - 1);
  close(fd);
  if (n <= 0) return -1;
  text[n] = '\0';
  char *p = strrchr(text, ')');
  if (!p) return -1;
  unsigned long long utime, stime, cutime, cstime;
  /* After ") ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime
   * cstime priority nice num_threads itrealvalue starttime vsize rss */
  if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %llu %llu %*d %*d %*d %*d %*u %*u %ld",
             &utime, &stime, &cutime, &cstime, rss_pages) != 5)
    return -1;
  *ticks = utime + stime + cutime + cstime;
  return 0;
}

/* Every process in the sandbox but us (pid 1). The pid namespace has its own /proc, so this sees exactly
 * the program and whatever it forked, orphans included. Processes that already ended are not here: their
 * CPU is in their parent's cutime/cstime, or in what we reaped ourselves (the caller adds that). */
static struct usage live_usage(pid_t inner_init) {
  struct usage u = {0, 0};
  DIR *proc = opendir("/proc");
  if (!proc) return u;
  unsigned long long ticks = 0;
  long pages = 0;
  struct dirent *entry;
  while ((entry = readdir(proc))) {
    char *end;
    long pid = strtol(entry->d_name, &end, 10);
    unsigned long long t;
    long rss;
    if (*end != '\0' || pid <= 1) continue;
    /* The inner init's own memory is ours (a copy of this process), not the program's; its CPU counts:
     * its children's times hold the program's reaped orphans. */
    if (read_stat(pid, &t, &rss) == 0) ticks += t, pages += pid == inner_init ? 0 : rss;
  }
  closedir(proc);
  u.cpu_ms = (long)(ticks * 1000ULL / (unsigned long long)sysconf(_SC_CLK_TCK));
  u.rss_kb = pages * (sysconf(_SC_PAGESIZE) / 1024);
  return u;
}


/* Files and folders that exist on the watched tmpfs mounts. */
static long files_in_use(const struct options *o) {
  long used = 0;
  for (int i = 0; i < o->watched_count; i++) {
    struct statfs fs;
    if (statfs(o->watched[i], &fs) == 0) used += (long)(fs.f_files - fs.f_ffree);
  }
  return used;
}

/* Exact CPU of everything we reaped (each figure includes what that process reaped), and the largest
 * ru_maxrss among them. The seccomp filter forbids ignoring SIGCHLD, so no process of the run is reaped
 * by the kernel out of sight: every one ends up here, directly or through an ancestor. */
struct reaped {
  long cpu_us, maxrss_kb;
  int all_gone; /* no process of the run is left */
};

/* Reaps whatever has ended; returns 1 when `child` was among them (its status in *status). */
static int reap(pid_t child, int *status, struct reaped *r, int options) {
  int found = 0;
  for (;;) {
    int any_status;
    struct rusage ru;
    /* __WALL: children whose exit signal is not SIGCHLD (clone) are reaped and counted too. */
    pid_t pid = wait4(-1, &any_status, options | __WALL, &ru);
    if (pid < 0 && errno == EINTR) continue;
    if (pid < 0 && errno == ECHILD) r->all_gone = 1;
    if (pid <= 0) return found;
    r->cpu_us += ru.ru_utime.tv_sec * 1000000L + ru.ru_utime.tv_usec + ru.ru_stime.tv_sec * 1000000L +
                 ru.ru_stime.tv_usec;
    if (ru.ru_maxrss > r->maxrss_kb) r->maxrss_kb = ru.ru_maxrss;
    if (pid == child) *status = any_status, found = 1;
  }
}

/* Every process of the sandbox but us and `spared`. */
static void kill_all_but(pid_t spared) {
  DIR *proc = opendir("/proc");
  if (!proc) return;
  struct dirent *entry;
  while ((entry = readdir(proc))) {
    char *end;
    long pid = strtol(entry->d_name, &end, 10);
    if (*end == '\0' && pid > 1 && pid != spared) kill((pid_t)pid, SIGKILL);
  }
  closedir(proc);
}

/* Reaps until no process of the run is left, for 2 s at most. */
static void reap_all(pid_t child, int *status, struct reaped *r) {
  for (long until = now_ms() + 2000; !r->all_gone && now_ms() < until;) {
    reap(child, status, r, WNOHANG);
    if (!r->all_gone) usleep(1000);
  }
}

/* Waits for the child, killing everything at the memory, CPU, wall, file or output limit; polls every
 * 10 ms. Without cgroups, the memory limit is this poll of the summed RSS, with per-process rlimits as
 * the hard backstop between polls. Memory is checked first: a hog that also ran out of CPU (faulting
 * pages in costs CPU) ends as memory_limit when it had used more than its memory. */
static void supervise(pid_t child, const struct options *o, long started, struct outcome *out, struct relay *relays) {
  int status = 0;
  struct reaped r = {0, 0, 0};
  for (;;) {
    relay_wait(relays, 10);
    /* As pid 1 we also inherit the program's orphans: reap them all, keeping the program's own status. */
    if (reap(child, &status, &r, WNOHANG)) break;
    const char *reason = NULL;
    struct usage live = live_usage(child);
    long cpu_ms = r.cpu_us / 1000 + live.cpu_ms;
    if (live.rss_kb > out->maxrss_kb) out->maxrss_kb = live.rss_kb;
    if (cpu_ms > out->cpu_ms) out->cpu_ms = cpu_ms;
    if (o->mem_kb > 0 && live.rss_kb > o->mem_kb) reason = "memory";
    else if (o->cpu_ms > 0 && cpu_ms > o->cpu_ms) reason = "cpu";
    else if (now_ms() - started > o->wall_ms) reason = "wall";
    else if (o->max_files > 0 && files_in_use(o) > o->max_files) reason = "files";
    else if (relays[0].overflow || relays[1].overflow) reason = "output";
    if (reason) {
      out->timeout = reason;
      break;
    }
  }
  out->wall_ms = now_ms() - started;
  /* At a limit, every process of the program but its inner init dies; the inner init reaps them (so their
   * CPU is in its children's times) and exits, and we reap it: the CPU total is exact. Killing the inner
   * init as well would lose that CPU (inner-init.h). After 2 s (a process stuck in the kernel), kill all. */
  kill_all_but(child);
  reap_all(child, &status, &r);
  if (!r.all_gone) {
    kill(-1, SIGKILL);
    reap_all(child, &status, &r);
  }
  /* Reaped, the figure is exact; otherwise the polled estimate is the better one. */
  if (r.all_gone || r.cpu_us / 1000 > out->cpu_ms) out->cpu_ms = r.cpu_us / 1000;
  if (r.maxrss_kb > out->maxrss_kb) out->maxrss_kb = r.maxrss_kb;
  out->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  out->signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
}

static void ignore_signal(int signal_number) { (void)signal_number; }

static void report(int fd, const struct outcome *out) {
  char line[512];
  int len = snprintf(line, sizeof line,
                     "exit=%d signal=%d cpu_ms=%ld wall_ms=%ld maxrss_kb=%ld timeout=%s exec_errno=%d "
                     "unpack=%s pack=%s lock=%s out_bytes=%ld err_bytes=%ld\n",
                     out->exit_code, out->signal, out->cpu_ms, out->wall_ms, out->maxrss_kb, out->timeout,
                     out->exec_errno, out->unpack, out->pack, out->lock, out->out_bytes, out->err_bytes);
  write_all(fd, line, (size_t)len);
}

/*
 * A private copy of argv, then the original wiped: /proc/1/cmdline reads this memory, and the program
 * has no business reading its limits or descriptors there.
 */
static char **hidden_argv(int argc, char **argv) {
  char **copy = calloc((size_t)argc + 1, sizeof *copy);
  if (!copy) die("calloc");
  for (int i = 0; i < argc; i++)
    if (!(copy[i] = strdup(argv[i]))) die("strdup");
  if (argc > 0) memset(argv[0], 0, (size_t)(argv[argc - 1] + strlen(argv[argc - 1]) - argv[0]));
  return copy;
}

int main(int argc, char **argv) {
  struct options o;
  argv = hidden_argv(argc, argv);
  parse_options(argc, argv, &o);
  struct outcome out = {0, 0, 0, 0, 0, 0, 0, 0, "none", "none", "none", "none"};
  /* The host's lock on this run's uid, shared by every server on the host: held until we exit. */
  if (o.lock_fd >= 0) {
    out.lock = flock(o.lock_fd, LOCK_EX | LOCK_NB) == 0 ? "ok" : "busy";
    if (!strcmp(out.lock, "busy")) {
      report(o.result_fd, &out);
      return 0;
    }
    fcntl(o.lock_fd, F_SETFD, FD_CLOEXEC);
  }
  /* Not dumpable: the program (same uid) cannot ptrace us or read our descriptors. */
  prctl(PR_SET_DUMPABLE, 0);
  signal(SIGPIPE, SIG_IGN);
  /* Lower priority than the server, so a full queue of submissions never starves it. */
  if (o.nice > 0) setpriority(PRIO_PROCESS, 0, (int)o.nice);
  struct rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  /* Set up and waiting for the job: a pre-started sandbox (warm-pool.ts) idles in the read below until
   * the host hands a job over. The wall clock starts after it (below), not at the sandbox's start. */
  write_all(o.result_fd, "ready\n", 6);
  if (o.unpack_fd >= 0) {
    out.unpack = unpack(o.unpack_fd, o.unpack_dir ? o.unpack_dir : ".", o.program_id);
    if (strcmp(out.unpack, "ok") != 0) {
      report(o.result_fd, &out);
      return 0;
    }
  }
  if (o.pack_dir && mkdir(o.pack_dir, 0755) < 0 && errno != EEXIST) die("mkdir pack dir");
  give_to_program(&o);
  int exec_error[2];
  if (pipe2(exec_error, O_CLOEXEC) < 0) die("pipe2");
  int out_pipe[2], err_pipe[2];
  struct relay relays[2];
  open_relay(&relays[0], out_pipe, 1, o.stdout_max_kb);
  open_relay(&relays[1], err_pipe, 2, o.stderr_max_kb);
  /* SIGCHLD stays blocked except inside ppoll, where its (empty) handler interrupts the wait. */
  struct sigaction on_child;
  memset(&on_child, 0, sizeof on_child);
  on_child.sa_handler = ignore_signal;
  sigaction(SIGCHLD, &on_child, NULL);
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);
  long started = now_ms();
  int program_status[2];
  if (pipe2(program_status, O_CLOEXEC) < 0) die("pipe2");
  struct inner_init init = {.mask_count = o.mask_count, .status_fd = program_status[1], .error_fd = exec_error[1]};
  memcpy(init.masks, o.masks, sizeof o.masks);
  struct program_start start = {&o, exec_error, out_pipe[1], err_pipe[1]};
  pid_t child = start_inner_init(&init, start_program, &start);
  if (child < 0) die("clone");
  close(exec_error[1]);
  close(program_status[1]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  supervise(child, &o, started, &out, relays);
  program_status_of(program_status[0], &out);
  /* Whatever the program left behind (daemons, setsid children) dies with it; then its pipes drain. */
  kill(-1, SIGKILL);
  for (long until = now_ms() + 2000; (relays[0].open || relays[1].open) && now_ms() < until;) relay_wait(relays, 100);
  if ((relays[0].overflow || relays[1].overflow) && !strcmp(out.timeout, "none")) out.timeout = "output";
  out.out_bytes = relays[0].written;
  out.err_bytes = relays[1].written;
  if (read(exec_error[0], &out.exec_errno, sizeof out.exec_errno) != sizeof out.exec_errno) out.exec_errno = 0;
  int succeeded = out.exit_code == 0 && out.exec_errno == 0 && !strcmp(out.timeout, "none");
  if (o.pack_fd >= 0 && succeeded) out.pack = pack(o.pack_fd, o.pack_dir ? o.pack_dir : ".", o.pack_max_kb);
  report(o.result_fd, &out);
  return 0;
}
