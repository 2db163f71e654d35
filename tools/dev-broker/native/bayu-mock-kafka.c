/*
 * bayu-mock-kafka: runs librdkafka's in-process mock Kafka cluster as a
 * stand-alone dev broker (no Kafka server can be installed on our machines).
 *
 *   bayu-mock-kafka [--brokers N] [--topic name:partitions[:replication]]...
 *                   [--debug contexts]   (librdkafka debug contexts, e.g. mock)
 *
 * On start it prints one JSON line on stdout:
 *   {"bootstrap":"127.0.0.1:p1,...","brokers":[{"id":1,"port":p1},...]}
 * then answers each line command on stdin with one JSON line,
 * {"ok":true} or {"ok":false,"error":"..."}:
 *   down <brokerId> | up <brokerId> | rtt <brokerId> <ms>
 *   topic <name> <partitions> <replication> | quit
 * It exits on "quit", at EOF on stdin (so it dies with its parent) and on
 * SIGTERM/SIGINT. Diagnostics go to stderr.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#define MAX_TOPICS 256
#define MAX_ARGS 4
#define LINE_BUF 4096

static rd_kafka_mock_cluster_t *mcluster;

static void put_json_string(const char *s) {
        putchar('"');
        for (; *s; s++) {
                unsigned char c = (unsigned char)*s;
                if (c == '"' || c == '\\')
                        printf("\\%c", c);
                else if (c < 0x20)
                        printf("\\u%04x", c);
                else
                        putchar(c);
        }
        putchar('"');
}

/* Writes the answer to one command; returns -1 when stdout is gone. */
static int reply(const char *error) {
        if (error) {
                fputs("{\"ok\":false,\"error\":", stdout);
                put_json_string(error);
                fputs("}\n", stdout);
        } else {
                fputs("{\"ok\":true}\n", stdout);
        }
        return fflush(stdout) == 0 && !ferror(stdout) ? 0 : -1;
}

static int parse_int(const char *s, long min, long max, int *out) {
        char *end;
        long v;
        if (!s || !*s)
                return -1;
        errno = 0;
        v     = strtol(s, &end, 10);
        if (errno || *end || v < min || v > max)
                return -1;
        *out = (int)v;
        return 0;
}

static const char *create_topic(const char *name, int partitions,
                                int replication) {
        rd_kafka_resp_err_t err;
        if (!*name)
                return "empty topic name";
        err = rd_kafka_mock_topic_create(mcluster, name, partitions,
                                         replication);
        return err ? rd_kafka_err2str(err) : NULL;
}

/* Runs one command line; returns NULL on success or an error message. */
static const char *run_command(char *line, int *quit) {
        char *argv[MAX_ARGS + 1], *save = NULL, *tok;
        int argc = 0, id, n, m;
        rd_kafka_resp_err_t err;

        for (tok = strtok_r(line, " \t\r", &save); tok;
             tok = strtok_r(NULL, " \t\r", &save)) {
                if (argc > MAX_ARGS)
                        return "too many arguments";
                argv[argc++] = tok;
        }
        if (argc == 0)
                return "empty command";

        if (!strcmp(argv[0], "quit") && argc == 1) {
                *quit = 1;
                return NULL;
        }
        if ((!strcmp(argv[0], "down") || !strcmp(argv[0], "up")) &&
            argc == 2) {
                if (parse_int(argv[1], -1, INT32_MAX, &id))
                        return "invalid broker id";
                err = argv[0][0] == 'd'
                          ? rd_kafka_mock_broker_set_down(mcluster, id)
                          : rd_kafka_mock_broker_set_up(mcluster, id);
                return err ? rd_kafka_err2str(err) : NULL;
        }
        if (!strcmp(argv[0], "rtt") && argc == 3) {
                if (parse_int(argv[1], -1, INT32_MAX, &id))
                        return "invalid broker id";
                if (parse_int(argv[2], 0, INT_MAX, &m))
                        return "invalid rtt";
                err = rd_kafka_mock_broker_set_rtt(mcluster, id, m);
                return err ? rd_kafka_err2str(err) : NULL;
        }
        if (!strcmp(argv[0], "topic") && argc == 4) {
                if (parse_int(argv[2], 1, 100000, &n))
                        return "invalid partition count";
                if (parse_int(argv[3], 1, 1000, &m))
                        return "invalid replication factor";
                return create_topic(argv[1], n, m);
        }
        return "unknown command or wrong number of arguments";
}

/* "name:partitions[:replication]" from the command line. */
static const char *create_topic_spec(char *spec) {
        char *save = NULL;
        char *name = strtok_r(spec, ":", &save);
        char *parts = strtok_r(NULL, ":", &save);
        char *repl = strtok_r(NULL, ":", &save);
        int n, m = 1;
        if (!name || strtok_r(NULL, ":", &save) ||
            parse_int(parts, 1, 100000, &n) ||
            (repl && parse_int(repl, 1, 1000, &m)))
                return "expected name:partitions[:replication]";
        return create_topic(name, n, m);
}

/* Prints the start-up line from the cluster's bootstrap list, whose entries
 * are in broker id order 1..N. */
static int print_ready(void) {
        const char *bootstraps = rd_kafka_mock_cluster_bootstraps(mcluster);
        char *copy = strdup(bootstraps), *save = NULL, *tok, *colon;
        int id = 0, port;

        if (!copy)
                return -1;
        fputs("{\"bootstrap\":", stdout);
        put_json_string(bootstraps);
        fputs(",\"brokers\":[", stdout);
        for (tok = strtok_r(copy, ",", &save); tok;
             tok = strtok_r(NULL, ",", &save)) {
                colon = strrchr(tok, ':');
                if (!colon || parse_int(colon + 1, 1, 65535, &port)) {
                        fprintf(stderr, "unexpected bootstrap list: %s\n",
                                bootstraps);
                        free(copy);
                        return -1;
                }
                printf("%s{\"id\":%d,\"port\":%d}", id ? "," : "", id + 1,
                       port);
                id++;
        }
        free(copy);
        fputs("]}\n", stdout);
        return fflush(stdout) == 0 ? 0 : -1;
}

/* Reads stdin commands until quit/EOF/signal. Returns the exit code. */
static int serve(int sigfd) {
        char buf[LINE_BUF];
        size_t len = 0;
        int quit   = 0, overflow = 0;
        struct pollfd fds[2] = {{.fd = STDIN_FILENO, .events = POLLIN},
                                {.fd = sigfd, .events = POLLIN}};

        while (!quit) {
                ssize_t r;
                char *nl;
                if (poll(fds, 2, -1) < 0) {
                        if (errno == EINTR)
                                continue;
                        perror("poll");
                        return 1;
                }
                if (fds[1].revents)
                        return 0; /* SIGTERM / SIGINT */
                if (!fds[0].revents)
                        continue;
                r = read(STDIN_FILENO, buf + len, sizeof(buf) - 1 - len);
                if (r < 0) {
                        if (errno == EINTR || errno == EAGAIN)
                                continue;
                        perror("read");
                        return 1;
                }
                if (r == 0)
                        return 0; /* EOF: our parent is gone */
                len += (size_t)r;
                buf[len] = '\0';
                while (!quit && (nl = memchr(buf, '\n', len))) {
                        size_t used = (size_t)(nl - buf) + 1;
                        *nl         = '\0';
                        if (reply(overflow ? "command too long"
                                           : run_command(buf, &quit)))
                                return 1;
                        overflow = 0;
                        memmove(buf, nl + 1, len - used);
                        len -= used;
                }
                if (len == sizeof(buf) - 1) { /* discard an endless line */
                        overflow = 1;
                        len      = 0;
                }
        }
        return 0;
}

static void usage(const char *argv0) {
        fprintf(stderr,
                "usage: %s [--brokers N] "
                "[--topic name:partitions[:replication]]... "
                "[--debug contexts]\n",
                argv0);
}

int main(int argc, char **argv) {
        char errstr[512];
        char *topics[MAX_TOPICS];
        const char *debug = NULL;
        int topic_cnt = 0, broker_cnt = 3, sigfd, i, code;
        sigset_t sigs;
        rd_kafka_conf_t *conf;
        rd_kafka_t *rk;

        for (i = 1; i < argc; i++) {
                if (!strcmp(argv[i], "--brokers") && i + 1 < argc) {
                        if (parse_int(argv[++i], 1, 64, &broker_cnt)) {
                                fprintf(stderr, "invalid --brokers\n");
                                return 2;
                        }
                } else if (!strcmp(argv[i], "--debug") && i + 1 < argc) {
                        debug = argv[++i];
                } else if (!strcmp(argv[i], "--topic") && i + 1 < argc &&
                           topic_cnt < MAX_TOPICS) {
                        topics[topic_cnt++] = argv[++i];
                } else {
                        usage(argv[0]);
                        return 2;
                }
        }

        /* Block the stop signals before librdkafka starts its threads, so
         * they inherit the mask and the signals are only seen via sigfd. */
        signal(SIGPIPE, SIG_IGN);
        sigemptyset(&sigs);
        sigaddset(&sigs, SIGTERM);
        sigaddset(&sigs, SIGINT);
        if (sigprocmask(SIG_BLOCK, &sigs, NULL) ||
            (sigfd = signalfd(-1, &sigs, SFD_CLOEXEC)) < 0) {
                perror("signalfd");
                return 1;
        }

        /* The mock cluster is hosted by an (otherwise idle) producer handle,
         * as in librdkafka's own tests. */
        conf = rd_kafka_conf_new();
        /* log_level 4 hides the notice that this handle has no brokers */
        if (rd_kafka_conf_set(conf, "log_level", "4", errstr,
                              sizeof(errstr)) != RD_KAFKA_CONF_OK ||
            rd_kafka_conf_set(conf, "log.connection.close", "false", errstr,
                              sizeof(errstr)) != RD_KAFKA_CONF_OK ||
            (debug && rd_kafka_conf_set(conf, "debug", debug, errstr,
                                        sizeof(errstr)) != RD_KAFKA_CONF_OK)) {
                fprintf(stderr, "config: %s\n", errstr);
                rd_kafka_conf_destroy(conf);
                return 1;
        }
        rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
        if (!rk) {
                fprintf(stderr, "rd_kafka_new: %s\n", errstr);
                rd_kafka_conf_destroy(conf);
                return 1;
        }
        mcluster = rd_kafka_mock_cluster_new(rk, broker_cnt);
        if (!mcluster) {
                fprintf(stderr, "rd_kafka_mock_cluster_new failed\n");
                rd_kafka_destroy(rk);
                return 1;
        }

        code = 0;
        for (i = 0; i < topic_cnt && !code; i++) {
                char *spec = strdup(topics[i]);
                const char *error = spec ? create_topic_spec(spec) : "no memory";
                if (error) {
                        fprintf(stderr, "--topic %s: %s\n", topics[i], error);
                        code = 2;
                }
                free(spec);
        }
        if (!code)
                code = print_ready() ? 1 : serve(sigfd);

        rd_kafka_mock_cluster_destroy(mcluster);
        rd_kafka_destroy(rk);
        close(sigfd);
        return code;
}
