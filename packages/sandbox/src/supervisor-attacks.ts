/**
 * Hostile C programs that go after whatever supervises them before using more than their limits, shared by
 * the root-mode and ordinary-user system tests. Each first prints one line:
 *   "prlimit:E cpu:E renice:E ptrace:E kill:E stop:E killed:N ps:PID/NAME/PPID,..."
 * (E is the errno of the call on pid 1, 0 when it succeeded; killed is how many other pids took a SIGKILL;
 * ps is every process the program can see). Whatever succeeds, the verdict must still be the limit's.
 */
const ATTACK = `#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
static int err(int failed) { return failed ? errno : 0; }
static void burn_cpu_ms(long ms) {
  struct timespec t;
  do clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); while (t.tv_sec * 1000L + t.tv_nsec / 1000000L < ms);
}
static void list_processes(void) {
  DIR *proc = opendir("/proc");
  struct dirent *e;
  printf(" ps:");
  while ((e = readdir(proc))) {
    if (e->d_name[0] < '1' || e->d_name[0] > '9') continue;
    char path[64], line[256], name[64] = "?";
    int ppid = -1;
    snprintf(path, sizeof path, "/proc/%s/status", e->d_name);
    FILE *f = fopen(path, "r");
    while (f && fgets(line, sizeof line, f)) {
      if (!strncmp(line, "Name:", 5)) sscanf(line + 5, "%63s", name);
      if (!strncmp(line, "PPid:", 5)) ppid = atoi(line + 5);
    }
    if (f) fclose(f);
    printf("%s/%s/%d,", e->d_name, atoi(e->d_name) == getpid() ? "self" : name, ppid);
  }
  closedir(proc);
}
static void attack_supervisor(void) {
  struct rlimit none = {0, 0};
  printf("prlimit:%d ", err(prlimit(1, RLIMIT_NOFILE, &none, 0)));
  printf("cpu:%d ", err(prlimit(1, RLIMIT_CPU, &none, 0)));
  printf("renice:%d ", err(setpriority(PRIO_PROCESS, 1, 19)));
  printf("ptrace:%d ", err(ptrace(PTRACE_ATTACH, 1, 0, 0)));
  printf("kill:%d ", err(kill(1, SIGKILL)));
  printf("stop:%d ", err(kill(1, SIGSTOP)));
  int killed = 0;
  for (int pid = 2; pid < 4096; pid++) if (pid != getpid() && kill(pid, SIGKILL) == 0) killed++;
  printf("killed:%d", killed);
  list_processes();
  printf("\\n");
  fflush(stdout);
}
`;

/** Attacks, then six processes fault in 48 MB each: memory_limit at 64 MB. */
export const ATTACK_THEN_HOG = `${ATTACK}int main(void) {
  attack_supervisor();
  for (int i = 0; i < 6; i++) if (fork() == 0) {
    char *p = malloc(48 << 20);
    for (long j = 0; p && j < (48L << 20); j += 4096) p[j] = 1;
    pause();
  }
  while (wait(0) > 0) {}
  return 0;
}`;

/** Attacks, then burns 3 s of CPU itself and 3 s in a double-forked orphan: time_limit. */
export const ATTACK_THEN_BURN = `${ATTACK}int main(void) {
  attack_supervisor();
  if (fork() == 0) { if (fork() == 0) { burn_cpu_ms(3000); _exit(0); } _exit(0); }
  burn_cpu_ms(3000);
  return 0;
}`;

/** What the attack line must show of the processes: the inner init (pid 1, no parent) and itself. */
export const ONLY_INNER_INIT_AND_SELF =
  / ps:(1\/sandbox-init\/0,\d+\/self\/1,|\d+\/self\/1,1\/sandbox-init\/0,)$/;
