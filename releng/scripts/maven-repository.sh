# shellcheck shell=sh
# Sourced by scripts that put jars from Maven's local repository on a plain Java classpath.
#
# nfto_maven_repository TOP: prints the local repository that the wrapper's Maven (TOP/mvnw) really
# uses. That is not always ~/.m2/repository: Maven takes the home directory from the password
# database (Java's user.home), not from $HOME, and settings.xml or MAVEN_ARGS (-Dmaven.repo.local)
# can move it; MAVEN_USER_HOME moves only the wrapper's own Maven. Maven is asked from an empty
# directory, so this project's .mvn/ plays no part. The first call may download the help plugin.
nfto_maven_repository() {
	_nfto_dir=$(mktemp -d)
	if ! _nfto_repo=$(cd "$_nfto_dir" && "$1/mvnw" -q -B org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate \
		-Dexpression=settings.localRepository -DforceStdout 2>"$_nfto_dir/err"); then
		echo "cannot ask Maven for its local repository: $(tail -n 1 "$_nfto_dir/err")" >&2
		rm -rf "$_nfto_dir"
		return 1
	fi
	rm -rf "$_nfto_dir"
	if [ ! -d "$_nfto_repo" ]; then
		echo "Maven's local repository $_nfto_repo does not exist: build once with ./mvnw verify" >&2
		return 1
	fi
	echo "$_nfto_repo"
}
