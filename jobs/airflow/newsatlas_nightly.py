"""newsatlas nightly run as an Airflow DAG (Airflow 2.x, apache-airflow-providers-apache-spark).

One run per night, never two at once (max_active_runs=1: the nightly command must be the only writer of its output
root); retries are safe because a failed or killed run is finished by the next attempt (it rolls an interrupted
commit forward or back first). The gazetteer and the job definition are shipped with spark-submit --files and
named by their bare file names: in cluster mode YARN puts them in the driver's working directory; in client mode the
driver reads them where they were submitted from (newsatlas looks a bare name up in the --files list).

Airflow Variables: newsatlas_jar, newsatlas_job (the properties file), newsatlas_gazetteer, newsatlas_out (optional).
Connection: spark_default (master yarn, or k8s://..., spark://...).
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

JAVA17_OPENS = " ".join(
    ["-XX:+IgnoreUnrecognizedVMOptions", "-Djdk.reflect.useDirectMethodHandle=false",
     "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED"]
    + ["--add-opens=java.base/%s=ALL-UNNAMED" % p for p in (
        "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio", "java.util",
        "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs",
        "sun.security.action", "sun.util.calendar")])

default_args = {
    "owner": "newsatlas",
    "retries": 3,
    "retry_delay": timedelta(minutes=15),
    "retry_exponential_backoff": True,
    "sla": timedelta(hours=4),  # the tables are expected by 06:15 UTC
    "email_on_failure": True,
}

with DAG(
    dag_id="newsatlas_nightly",
    description="Incremental newsatlas run: new and changed archive files, their weeks recomputed, atomic commit",
    schedule="15 2 * * *",
    start_date=datetime(2026, 11, 1),
    catchup=False,  # a run reads the whole archive's new files: missed nights need no back-fill
    max_active_runs=1,
    default_args=default_args,
    tags=["newsatlas"],
) as dag:
    job = Variable.get("newsatlas_job", default_var="/opt/newsatlas/jobs/nightly.properties")
    gazetteer = Variable.get("newsatlas_gazetteer", default_var="/opt/newsatlas/gazetteer.bin")
    args = ["nightly", "--job", job.rsplit("/", 1)[-1], "--set", "places.gazetteer=gazetteer.bin"]
    out = Variable.get("newsatlas_out", default_var="")
    if out:
        args += ["--out", out]
    SparkSubmitOperator(
        task_id="nightly",
        conn_id="spark_default",
        application=Variable.get("newsatlas_jar", default_var="/opt/newsatlas/newsatlas-cluster.jar"),
        java_class="org.newsatlas.cli.Main",
        name="newsatlas-nightly",
        files=",".join([gazetteer, job]),
        application_args=args,
        conf={
            "spark.driver.extraJavaOptions": JAVA17_OPENS,
            "spark.executor.extraJavaOptions": JAVA17_OPENS,
            "spark.task.maxFailures": "4",
        },
        execution_timeout=timedelta(hours=6),
    )
