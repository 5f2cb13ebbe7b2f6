/*
 * The program's syscall allowlist, as a classic BPF program installed with seccomp just before exec
 * (the supervisor itself stays unfiltered). Written by hand so the supervisor needs nothing but libc
 * headers to build.
 *
 * What it refuses, and why:
 * - memory the supervisor's RSS poll cannot see: memfd_create, SysV shared memory (and all SysV IPC);
 * - touching the supervisor (in root mode it has another uid, so the kernel refuses this too; an ordinary
 *   user's server runs both as one uid): prlimit/setpriority/sched_* on any pid but our own (0), ptrace,
 *   process_vm_*, pidfd_*, kcmp, ioprio_set;
 * - new namespaces: unshare, setns, clone with a CLONE_NEW* flag, clone3 (ENOSYS: its flags are in memory);
 * - escaping CPU accounting: ignoring SIGCHLD (its children would be reaped by the kernel, out of sight);
 * - kernel surface: sockets other than AF_UNIX/AF_INET/AF_INET6 (AF_VSOCK and AF_NETLINK are not
 *   network-namespaced), perf_event_open, bpf, userfaultfd, io_uring, keyrings (add_key, keyctl),
 *   mount and namespace calls, module and clock calls, and re-enabling transparent huge pages.
 * Anything not listed is refused with ENOSYS, so runtimes take their fallback paths.
 */
#ifndef SECCOMP_FILTER_H
#define SECCOMP_FILTER_H

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/syscall.h>

#if !defined(__x86_64__)
#error "the sandbox's seccomp allowlist is written for x86_64"
#endif

/* Syscalls a program (or a compiler, or a language runtime) may make with any arguments. */
static const int ALLOWED_SYSCALLS[] = {
    __NR_read, __NR_write, __NR_open, __NR_close, __NR_stat, __NR_fstat, __NR_lstat, __NR_poll, __NR_lseek,
    __NR_mmap, __NR_mprotect, __NR_munmap, __NR_brk, __NR_rt_sigprocmask, __NR_rt_sigreturn, __NR_ioctl,
    __NR_pread64, __NR_pwrite64, __NR_readv, __NR_writev, __NR_access, __NR_pipe, __NR_select,
    __NR_sched_yield, __NR_mremap, __NR_msync, __NR_mincore, __NR_madvise, __NR_dup, __NR_dup2, __NR_pause,
    __NR_nanosleep, __NR_getitimer, __NR_alarm, __NR_setitimer, __NR_getpid, __NR_sendfile, __NR_connect,
    __NR_accept, __NR_sendto, __NR_recvfrom, __NR_sendmsg, __NR_recvmsg, __NR_shutdown, __NR_bind,
    __NR_listen, __NR_getsockname, __NR_getpeername, __NR_setsockopt, __NR_getsockopt,
    __NR_fork, __NR_vfork, __NR_execve, __NR_exit, __NR_wait4, __NR_kill, __NR_uname, __NR_fcntl,
    __NR_flock, __NR_fsync, __NR_fdatasync, __NR_truncate, __NR_ftruncate, __NR_getdents, __NR_getcwd,
    __NR_chdir, __NR_fchdir, __NR_rename, __NR_mkdir, __NR_rmdir, __NR_creat, __NR_link, __NR_unlink,
    __NR_symlink, __NR_readlink, __NR_chmod, __NR_fchmod, __NR_chown, __NR_fchown, __NR_lchown,
    __NR_umask, __NR_gettimeofday, __NR_getrlimit, __NR_getrusage, __NR_sysinfo, __NR_times, __NR_getuid,
    __NR_getgid, __NR_geteuid, __NR_getegid, __NR_setpgid, __NR_getppid, __NR_getpgrp, __NR_setsid,
    __NR_getgroups, __NR_getresuid, __NR_getresgid, __NR_getpgid, __NR_getsid, __NR_capget,
    __NR_rt_sigpending, __NR_rt_sigtimedwait, __NR_rt_sigqueueinfo, __NR_rt_sigsuspend, __NR_sigaltstack,
    __NR_utime, __NR_statfs, __NR_fstatfs, __NR_getpriority, __NR_sched_getparam,
    __NR_sched_getscheduler, __NR_sched_get_priority_max, __NR_sched_get_priority_min,
    __NR_sched_rr_get_interval, __NR_mlock, __NR_munlock, __NR_mlockall, __NR_munlockall, __NR_arch_prctl,
    __NR_setrlimit, __NR_sync, __NR_gettid, __NR_readahead, __NR_getxattr, __NR_lgetxattr,
    __NR_fgetxattr, __NR_listxattr, __NR_llistxattr, __NR_flistxattr, __NR_tkill, __NR_time, __NR_futex,
    __NR_sched_getaffinity, __NR_epoll_create, __NR_getdents64, __NR_set_tid_address,
    __NR_restart_syscall, __NR_fadvise64, __NR_timer_create, __NR_timer_settime, __NR_timer_gettime,
    __NR_timer_getoverrun, __NR_timer_delete, __NR_clock_gettime, __NR_clock_getres, __NR_clock_nanosleep,
    __NR_exit_group, __NR_epoll_wait, __NR_epoll_ctl, __NR_tgkill, __NR_utimes, __NR_get_mempolicy,
    __NR_waitid, __NR_inotify_init, __NR_inotify_add_watch, __NR_inotify_rm_watch, __NR_openat,
    __NR_mkdirat, __NR_fchownat, __NR_futimesat, __NR_newfstatat, __NR_unlinkat, __NR_renameat,
    __NR_linkat, __NR_symlinkat, __NR_readlinkat, __NR_fchmodat, __NR_faccessat, __NR_pselect6,
    __NR_ppoll, __NR_set_robust_list, __NR_get_robust_list, __NR_splice, __NR_tee, __NR_sync_file_range,
    __NR_vmsplice, __NR_utimensat, __NR_epoll_pwait, __NR_signalfd, __NR_timerfd_create, __NR_eventfd,
    __NR_fallocate, __NR_timerfd_settime, __NR_timerfd_gettime, __NR_accept4, __NR_signalfd4,
    __NR_eventfd2, __NR_epoll_create1, __NR_dup3, __NR_pipe2, __NR_inotify_init1, __NR_preadv,
    __NR_pwritev, __NR_rt_tgsigqueueinfo, __NR_recvmmsg, __NR_syncfs, __NR_sendmmsg, __NR_getcpu,
    __NR_sched_getattr, __NR_renameat2, __NR_seccomp, __NR_getrandom, __NR_execveat, __NR_membarrier,
    __NR_mlock2, __NR_copy_file_range, __NR_preadv2, __NR_pwritev2, __NR_statx, __NR_rseq,
    __NR_close_range, __NR_faccessat2, __NR_epoll_pwait2,
    /* fifos; device nodes need CAP_MKNOD, which the sandbox lacks, and its mounts are nodev */
    __NR_mknod, __NR_mknodat,
#ifdef __NR_futex_waitv
    __NR_futex_waitv,
#endif
#ifdef __NR_fchmodat2
    __NR_fchmodat2,
#endif
};

/* Refused with EPERM, so a program (or a test) sees a clear refusal rather than a missing call. */
static const int DENIED_SYSCALLS[] = {
    __NR_memfd_create, __NR_shmget, __NR_shmat, __NR_shmctl, __NR_shmdt, __NR_msgget, __NR_msgsnd,
    __NR_msgrcv, __NR_msgctl, __NR_semget, __NR_semop, __NR_semctl, __NR_semtimedop, __NR_ptrace,
    __NR_process_vm_readv, __NR_process_vm_writev, __NR_kcmp, __NR_pidfd_open, __NR_pidfd_send_signal,
    __NR_pidfd_getfd, __NR_perf_event_open, __NR_bpf, __NR_userfaultfd, __NR_add_key, __NR_request_key,
    __NR_keyctl, __NR_io_uring_setup, __NR_io_uring_enter, __NR_io_uring_register, __NR_ioprio_set,
    __NR_mount, __NR_umount2, __NR_unshare, __NR_setns, __NR_pivot_root, __NR_chroot,
    __NR_open_by_handle_at, __NR_name_to_handle_at, __NR_personality,
    __NR_syslog, __NR_acct, __NR_quotactl, __NR_reboot, __NR_kexec_load, __NR_init_module,
    __NR_finit_module, __NR_delete_module, __NR_settimeofday, __NR_clock_settime, __NR_adjtimex,
    __NR_clock_adjtime, __NR_fanotify_init, __NR_move_pages, __NR_migrate_pages, __NR_mbind,
    __NR_set_mempolicy, __NR_io_setup, __NR_io_submit, __NR_io_getevents, __NR_process_madvise,
    __NR_mq_open, __NR_setuid, __NR_setgid, __NR_setreuid, __NR_setregid, __NR_setresuid, __NR_setresgid,
    __NR_setgroups, __NR_setfsuid, __NR_setfsgid, __NR_capset, __NR_setxattr, __NR_lsetxattr,
    __NR_fsetxattr, __NR_removexattr, __NR_lremovexattr, __NR_fremovexattr, __NR_swapon, __NR_swapoff,
    __NR_sethostname, __NR_setdomainname, __NR_iopl, __NR_ioperm, __NR_modify_ldt, __NR_vhangup,
    __NR_uselib, __NR_ustat, __NR_sysfs, __NR_lookup_dcookie, __NR_remap_file_pages,
};

#define BPF_STMT_(code, k) ((struct sock_filter)BPF_STMT(code, k))
#define BPF_JUMP_(code, k, jt, jf) ((struct sock_filter)BPF_JUMP(code, k, jt, jf))
#define ARG_LOW(n) (offsetof(struct seccomp_data, args[n]))
#define ARG_HIGH(n) (offsetof(struct seccomp_data, args[n]) + 4)
#define RET_ERRNO(e) (SECCOMP_RET_ERRNO | ((e) & SECCOMP_RET_DATA))
#define MAX_FILTER 1024

struct filter {
  struct sock_filter code[MAX_FILTER];
  unsigned short length;
};

static void emit(struct filter *f, struct sock_filter instruction) {
  if (f->length < MAX_FILTER) f->code[f->length++] = instruction;
}

/* `nr` is allowed only when argument `arg` (an int) is 0: the calling process itself, never pid 1. */
static void allow_if_self(struct filter *f, int nr, int arg) {
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)nr, 0, 4));
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(arg)));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, RET_ERRNO(EPERM)));
}

/* setpriority: only PRIO_PROCESS of the caller itself; PRIO_PGRP or PRIO_USER with 0 would reach the
 * supervisor too (same process group, same uid). */
static void allow_setpriority(struct filter *f) {
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, __NR_setpriority, 0, 6));
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(0)));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, PRIO_PROCESS, 0, 3));
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(1)));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, RET_ERRNO(EPERM)));
}

/* socket and socketpair: only local and (namespaced, so loopback-only) internet sockets. */
static void allow_socket(struct filter *f, int nr) {
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)nr, 0, 6));
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(0)));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, AF_UNIX, 2, 0));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, AF_INET, 1, 0));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, AF_INET6, 0, 1));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, RET_ERRNO(EAFNOSUPPORT)));
}

/* rt_sigaction: any signal may be queried; SIGCHLD may not be set (SIG_IGN would hide children's CPU). */
static void allow_sigaction(struct filter *f) {
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, __NR_rt_sigaction, 0, 9));
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(0)));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, SIGCHLD, 1, 0));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
  /* The new action must be NULL: both halves of the pointer are zero. */
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(1)));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 3));
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, ARG_HIGH(1)));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, RET_ERRNO(EPERM)));
}

/* Namespace flags of clone: none may be passed. In root mode the host writes the sandbox's two-uid map
 * itself, which bubblewrap cannot combine with --disable-userns, so this filter is what stops a program
 * from making a user namespace of its own (and gaining capabilities in it). */
#define CLONE_NAMESPACE_FLAGS 0x7E020000U /* NEWNS NEWCGROUP NEWUTS NEWIPC NEWUSER NEWPID NEWNET */

static void allow_clone(struct filter *f) {
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 0, 5));
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(0)));
  emit(f, BPF_STMT_(BPF_ALU | BPF_AND | BPF_K, CLONE_NAMESPACE_FLAGS));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, RET_ERRNO(EPERM)));
}

/* prctl: everything but turning transparent huge pages back on (2 MB faults would outrun the poll). */
static void allow_prctl(struct filter *f) {
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, __NR_prctl, 0, 4));
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(0)));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, PR_SET_THP_DISABLE, 1, 0));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, RET_ERRNO(EPERM)));
}

static void build_filter(struct filter *f) {
  f->length = 0;
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS)); /* 32-bit entry points */
  emit(f, BPF_STMT_(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)));
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JGE | BPF_K, 0x40000000 /* x32 */, 0, 1));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, RET_ERRNO(ENOSYS)));
  for (size_t i = 0; i < sizeof ALLOWED_SYSCALLS / sizeof *ALLOWED_SYSCALLS; i++) {
    emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)ALLOWED_SYSCALLS[i], 0, 1));
    emit(f, BPF_STMT_(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
  }
  for (size_t i = 0; i < sizeof DENIED_SYSCALLS / sizeof *DENIED_SYSCALLS; i++) {
    emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)DENIED_SYSCALLS[i], 0, 1));
    emit(f, BPF_STMT_(BPF_RET | BPF_K, RET_ERRNO(EPERM)));
  }
  /* A block whose syscall does not match jumps over itself with nr still in the accumulator. */
  allow_if_self(f, __NR_prlimit64, 0);
  allow_setpriority(f);
  allow_if_self(f, __NR_sched_setaffinity, 0);
  allow_if_self(f, __NR_sched_setparam, 0);
  allow_if_self(f, __NR_sched_setscheduler, 0);
  allow_if_self(f, __NR_sched_setattr, 0);
  allow_socket(f, __NR_socket);
  allow_socket(f, __NR_socketpair);
  allow_sigaction(f);
  allow_prctl(f);
  allow_clone(f);
  /* clone3 passes its flags in memory, out of the filter's sight: ENOSYS makes libc fall back to clone. */
  emit(f, BPF_JUMP_(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone3, 0, 1));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, RET_ERRNO(ENOSYS)));
  emit(f, BPF_STMT_(BPF_RET | BPF_K, RET_ERRNO(ENOSYS)));
}

/* Installs the filter on the calling thread (and everything it execs or forks). */
static int install_filter(void) {
  static struct filter f;
  build_filter(&f);
  if (f.length >= MAX_FILTER) return -1;
  struct sock_fprog program = {f.length, f.code};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) return -1;
  return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program);
}

#endif
