/** Programs that commonly open a line in shell snippets from blog posts. */
export const SHELL_COMMANDS: ReadonlySet<string> = new Set(
  (
    'docker docker-compose podman kubectl helm minikube kind kubeadm eksctl k9s kubectx kubens argocd istioctl ' +
    'skaffold git gh npm npx yarn pnpm bun deno nvm pip pip3 pipx pipenv poetry conda virtualenv apt apt-get ' +
    'dpkg yum dnf rpm apk brew snap pacman zypper choco winget curl wget sudo su cd ls ll mkdir rmdir rm cp mv ' +
    'chmod chown chgrp echo export cat touch ssh scp sftp rsync systemctl service journalctl terraform ' +
    'terragrunt packer vagrant ansible ansible-playbook ansible-galaxy vault consul nomad aws az gcloud gsutil ' +
    'doctl heroku vercel netlify firebase flyctl cargo rustup rustc dotnet mvn gradle ./gradlew ./mvnw java javac ' +
    'source tar unzip zip gzip gunzip grep egrep find sed awk nano vim vi ln kill killall pkill ps top htop df du ' +
    'whoami useradd usermod userdel groupadd passwd ufw iptables firewall-cmd openssl ssh-keygen ssh-copy-id ' +
    'ssh-add jq yq gem bundle composer rails rake django-admin uvicorn gunicorn pytest tox mongosh mongo psql ' +
    'mysql redis-cli sqlite3 ping nslookup dig netstat ss ip ifconfig traceroute tee head tail less sort uniq ' +
    'wc xargs env printenv history clear which whereis man crontab hostnamectl timedatectl lsblk mount umount ' +
    'fdisk mkfs free uname nohup screen tmux watch ng nest expo flutter dart create-react-app tsc eslint ' +
    'prettier jest vitest webpack vite turbo lerna nx go code code-insiders minikube mkcert certbot nginx ' +
    'apachectl a2enmod a2ensite pm2 supervisorctl unset alias set shopt trap printf read exit sleep date ' +
    'hostname lsof chroot base64 sha256sum md5sum diff patch make cmake gcc g++ clang ./configure sh bash zsh ' +
    'fish php python python3 node ruby perl stat file tree basename dirname realpath xdg-open open start ' +
    'kubeseal kustomize k3s k3d microk8s ctr crictl nerdctl buildah skopeo trivy grype syft cosign ' +
    'amplify cdk sam serverless sls pulumi wsl virsh virt-install gsettings nala fnm volta bunx pgrep promtool ' +
    'velero mongodump mongorestore pg_dump pg_restore mysqldump redis-server supabase prisma nodemon ts-node ' +
    'tfsec checkov snyk tflint kubectl-ai stern flux cilium linkerd minio mc rclone'
  ).split(' '),
);

/** Words that open shell lines but are also ordinary identifiers or code keywords elsewhere. */
const NEEDS_ARGUMENT = new Set([
  'go',
  'sam',
  'mc',
  'flux',
  'stern',
  'set',
  'read',
  'exit',
  'date',
  'file',
  'open',
  'start',
  'code',
  'make',
  'diff',
  'patch',
  'find',
  'sort',
  'watch',
  'stat',
  'tree',
  'free',
  'top',
  'head',
  'tail',
  'less',
  'kill',
  'man',
  'source',
  'clear',
  'history',
  'env',
  'java',
  'node',
  'python',
  'python3',
  'php',
  'ruby',
  'perl',
  'printf',
  'echo',
  'alias',
  'unset',
  'sleep',
  'nginx',
  'tsc',
  'jest',
  'eslint',
  'prettier',
  'mysql',
  'psql',
  'mongo',
  'ip',
  'sh',
  'bash',
  'zsh',
  'fish',
]);

/** `$ `, `user@host:~/dir$ `, `root@box:/# ` in front of a command. */
const PROMPT_PREFIX = /^(\$|[\w.-]+@[\w.-]+:[^\s$#]*[$#]|\[[^\]\s]{0,60}( [^\]\s]{1,60})?\][$#]) /;

/** A script run by path (`./install.sh`, `bin/kafka-topics.sh`): only a shell does that. */
const SCRIPT_PATH = /^(\.{1,2}\/[\w.-]+|[\w.-]+(\/[\w.-]+)*\.sh)$/;

/** The arguments that may follow an ambiguous command word: flags, paths, plain words, quoted strings. */
const ARG_SHAPE = /^ [-\w./~"'$@:=%+,]/;

/**
 * True when a (trimmed) line reads like a shell command line: a known program first, then
 * arguments, and none of the punctuation that marks a statement in a programming language.
 */
export function isCommandLine(line: string): boolean {
  let l = line.replace(PROMPT_PREFIX, '');
  const sudo = l.startsWith('sudo ');
  if (sudo) l = l.slice(5);
  const space = l.indexOf(' ');
  const word = space < 0 ? l : l.slice(0, space);
  const rest = space < 0 ? '' : l.slice(space);
  // `sudo` runs programs, and a path runs a script: the program need not be a known one.
  if ((sudo && /^[a-z][\w.-]*$/.test(word)) || SCRIPT_PATH.test(word)) return plainArguments(rest);
  if (!SHELL_COMMANDS.has(word)) return false;
  if (NEEDS_ARGUMENT.has(word) && !ARG_SHAPE.test(rest)) return false;
  // Column-aligned text (`cat     2`) is tabular output, not a typed command.
  if (rest.startsWith('  ')) return false;
  if (
    word === 'go' &&
    !/^ (run|build|get|mod|install|test|version|env|fmt|vet|work|clean|generate|tool) ?/.test(rest)
  )
    return false;
  if (word === 'export' && !/^ (-[a-z]+ )?[A-Za-z_]\w*=/.test(rest)) return false;
  if (word === 'set' && !/^ [-+][a-zA-Z]/.test(rest)) return false;
  return plainArguments(rest);
}

/** Piped into a Verb-Noun cmdlet (`| Out-String`): a PowerShell line, whatever runs first. */
export function pipesIntoCmdlet(line: string): boolean {
  return /\| ?[A-Z][a-z]+-[A-Z][A-Za-z]+\b/.test(line);
}

/** `echo(...)`, `print x;`, `source = ...` and friends are code, not commands. */
function plainArguments(rest: string): boolean {
  if (/^ ?[=(]/.test(rest) || /^ [=+*/<>!]=? /.test(rest)) return false;
  if (pipesIntoCmdlet(rest)) return false;
  if (/;$/.test(rest) && !/(done|fi|esac|then|do|\\);$/.test(rest)) return false;
  return true;
}
